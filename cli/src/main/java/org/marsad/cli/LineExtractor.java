package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import org.marsad.enrich.ArticleEnricher;
import org.marsad.model.EnrichedArticle;
import org.marsad.model.Json;
import org.marsad.model.RawArticle;

/**
 * The streaming loop behind {@code marsad extract}: one line in, one line out, failures reported in place
 * so output line N always answers input line N.
 */
final class LineExtractor {

    /** Extracted records did not come from Kafka: their raw position is this value. */
    static final int NO_POSITION = -1;

    private final ArticleEnricher enricher;
    private final Clock clock;

    LineExtractor(ArticleEnricher enricher, Clock clock) {
        this.enricher = enricher;
        this.clock = clock;
    }

    /** Processes every line; returns true when any line failed. */
    boolean run(BufferedReader in, Writer out) throws IOException {
        boolean failed = false;
        long lineNumber = 0;
        String line;
        while ((line = readLine(in, out)) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = null;
            try {
                node = Json.MAPPER.readTree(line);
                out.write(Json.MAPPER.writeValueAsString(enrich(node)));
            } catch (IOException | RuntimeException e) {
                failed = true;
                out.write(error(lineNumber, idOf(node), e));
            }
            out.write('\n');
        }
        out.flush();
        return failed;
    }

    /** Flushes before blocking on input, so an interactive caller sees each answer as soon as it exists. */
    private static String readLine(BufferedReader in, Writer out) throws IOException {
        if (!in.ready()) {
            out.flush();
        }
        return in.readLine();
    }

    private EnrichedArticle enrich(JsonNode node) throws IOException {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("line is not a JSON object");
        }
        ObjectNode fields = (ObjectNode) node;
        requireText(fields, "id");
        requireText(fields, "body");
        if (!fields.hasNonNull("schemaVersion")) {
            fields.put("schemaVersion", RawArticle.SCHEMA_VERSION);
        }
        RawArticle raw = Json.MAPPER.treeToValue(fields, RawArticle.class);
        return enricher.enrich(raw, clock.instant(), NO_POSITION, NO_POSITION);
    }

    private static void requireText(ObjectNode fields, String name) {
        JsonNode value = fields.get(name);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("missing or non-text field " + name);
        }
    }

    private static String idOf(JsonNode node) {
        JsonNode id = node == null ? null : node.get("id");
        return id == null || id.isNull() ? null : id.asText();
    }

    private static String error(long lineNumber, String id, Exception e) throws IOException {
        ObjectNode error = Json.MAPPER.createObjectNode();
        error.put("line", lineNumber);
        error.put("id", id);
        error.put("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replace('\n', ' '));
        return Json.MAPPER.writeValueAsString(error);
    }
}
