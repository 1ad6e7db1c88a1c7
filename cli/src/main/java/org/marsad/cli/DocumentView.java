package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.UnaryOperator;

/**
 * Renders an article document (index, enriched or raw JSON) for a person: title, then the facets or
 * mentions that exist, one line each. Every value from the document passes through {@code safe}
 * ({@link TerminalText#escape} unless the caller prints raw).
 */
final class DocumentView {

    private DocumentView() {
    }

    /** Rendered terminal-safe. */
    static String render(JsonNode doc) {
        return render(doc, TerminalText::escape);
    }

    static String render(JsonNode doc, UnaryOperator<String> safe) {
        StringBuilder text = new StringBuilder();
        text.append("  ").append(safe.apply(doc.path("title").asText(""))).append("  [")
                .append(safe.apply(doc.path("language").asText("?"))).append("]\n");
        facet(text, "people", doc.path("people"), safe);
        facet(text, "organisations", doc.path("organisations"), safe);
        facet(text, "places", doc.path("places"), safe);
        facet(text, "other", doc.path("other"), safe);
        mentions(text, "entities", doc.path("entities"), safe);
        amounts(text, doc.path("amounts").isMissingNode() ? doc.path("money") : doc.path("amounts"), safe);
        if (doc.path("dates").size() > 0) {
            text.append("    dates: ").append(safe.apply(join(doc.path("dates"), "iso"))).append('\n');
        }
        return text.toString();
    }

    private static void facet(StringBuilder text, String label, JsonNode facets, UnaryOperator<String> safe) {
        if (facets.size() == 0) {
            return;
        }
        StringBuilder line = new StringBuilder();
        for (JsonNode facet : facets) {
            line.append(line.length() == 0 ? "" : ", ").append(facet.path("name").asText());
            if (!facet.path("id").isNull() && !facet.path("id").isMissingNode()) {
                line.append(" (").append(facet.path("id").asText()).append(')');
            }
        }
        text.append("    ").append(label).append(": ").append(safe.apply(line.toString())).append('\n');
    }

    private static void mentions(StringBuilder text, String label, JsonNode mentions, UnaryOperator<String> safe) {
        if (mentions.size() == 0) {
            return;
        }
        StringBuilder line = new StringBuilder();
        for (JsonNode mention : mentions) {
            line.append(line.length() == 0 ? "" : ", ").append(mention.path("text").asText()).append('/')
                    .append(mention.path("type").asText());
        }
        text.append("    ").append(label).append(": ").append(safe.apply(line.toString())).append('\n');
    }

    private static void amounts(StringBuilder text, JsonNode amounts, UnaryOperator<String> safe) {
        for (JsonNode amount : amounts) {
            String value = amount.path("amount").isTextual() ? amount.path("amount").asText()
                    : amount.path("min").isTextual() ? amount.path("min").asText() + "–" + amount.path("max").asText() : "?";
            text.append("    amount: ").append(safe.apply(value + " " + amount.path("currency").asText("?") + " ("
                    + amount.path("qualifier").asText() + ") «" + amount.path("text").asText() + "»")).append('\n');
        }
    }

    private static String join(JsonNode values, String field) {
        StringBuilder line = new StringBuilder();
        for (JsonNode value : values) {
            line.append(line.length() == 0 ? "" : ", ").append(value.isTextual() ? value.asText() : value.path(field).asText());
        }
        return line.toString();
    }
}
