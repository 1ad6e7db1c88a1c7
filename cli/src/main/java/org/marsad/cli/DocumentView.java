package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Renders an article document (index, enriched or raw JSON) for a person: title, then the facets or
 * mentions that exist, one line each.
 */
final class DocumentView {

    private DocumentView() {
    }

    static String render(JsonNode doc) {
        StringBuilder text = new StringBuilder();
        text.append("  ").append(doc.path("title").asText("")).append("  [").append(doc.path("language").asText("?"))
                .append("]\n");
        facet(text, "people", doc.path("people"));
        facet(text, "organisations", doc.path("organisations"));
        facet(text, "places", doc.path("places"));
        facet(text, "other", doc.path("other"));
        mentions(text, "entities", doc.path("entities"));
        amounts(text, doc.path("amounts").isMissingNode() ? doc.path("money") : doc.path("amounts"));
        if (doc.path("dates").size() > 0) {
            text.append("    dates: ").append(join(doc.path("dates"), "iso")).append('\n');
        }
        return text.toString();
    }

    private static void facet(StringBuilder text, String label, JsonNode facets) {
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
        text.append("    ").append(label).append(": ").append(line).append('\n');
    }

    private static void mentions(StringBuilder text, String label, JsonNode mentions) {
        if (mentions.size() == 0) {
            return;
        }
        StringBuilder line = new StringBuilder();
        for (JsonNode mention : mentions) {
            line.append(line.length() == 0 ? "" : ", ").append(mention.path("text").asText()).append('/')
                    .append(mention.path("type").asText());
        }
        text.append("    ").append(label).append(": ").append(line).append('\n');
    }

    private static void amounts(StringBuilder text, JsonNode amounts) {
        for (JsonNode amount : amounts) {
            String value = amount.path("amount").isTextual() ? amount.path("amount").asText()
                    : amount.path("min").isTextual() ? amount.path("min").asText() + "–" + amount.path("max").asText() : "?";
            text.append("    amount: ").append(value).append(' ').append(amount.path("currency").asText("?"))
                    .append(" (").append(amount.path("qualifier").asText()).append(") «").append(amount.path("text").asText())
                    .append("»\n");
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
