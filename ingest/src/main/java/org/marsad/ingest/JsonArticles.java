package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.marsad.config.IngestKeys;
import org.marsad.model.Json;
import org.marsad.model.RawArticle;

/**
 * Reads one {@link RawArticle} from a line of JSON ({@code .jsonl} files, pushed bodies). A failure is an
 * {@link InvalidArticleException} naming the JSON field at fault, or {@code article} when the line is not JSON.
 */
public final class JsonArticles {

    /** The reader with the default {@code marsad.json.max.depth}, for callers without a config. */
    private static final JsonArticles DEFAULT = new JsonArticles(
            IngestKeys.JSON_MAX_DEPTH_DEFAULT);
    private static final ObjectReader READER = DEFAULT.reader;

    private final ObjectReader reader;

    /**
     * A reader whose parser refuses nesting deeper than {@code maxDepth} ({@code marsad.json.max.depth}), so a
     * hostile line fails with a reason instead of costing stack and memory. A missing (or null) schemaVersion
     * reads as 0, which the finisher takes as the current version.
     */
    public JsonArticles(int maxDepth) {
        JsonFactory factory = Json.MAPPER.getFactory().copy().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(maxDepth).build());
        this.reader = Json.MAPPER.readerFor(RawArticle.class).with(factory)
                .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    public static RawArticle parse(String json) {
        if (json.isBlank()) {
            throw new InvalidArticleException("article", "empty");
        }
        return read(() -> READER.readValue(json));
    }

    /** Reads UTF-8 JSON bytes with the default limits. */
    public static RawArticle parse(byte[] json) {
        return DEFAULT.read(json);
    }

    /** Reads UTF-8 JSON bytes (a {@code .jsonl} line as read): decoded once, by the parser. */
    public RawArticle read(byte[] json) {
        if (json.length == 0) {
            throw new InvalidArticleException("article", "empty");
        }
        return read(() -> reader.readValue(json));
    }

    /** One Jackson read; its source is in memory, so the only failures are the JSON's. */
    @FunctionalInterface
    private interface JsonRead {
        RawArticle read() throws IOException;
    }

    private static RawArticle read(JsonRead json) {
        try {
            RawArticle article = json.read();
            if (article == null) {
                throw new InvalidArticleException("article", "not a JSON object");
            }
            return article;
        } catch (JsonMappingException e) {
            throw invalidField(e);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException("article", "not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading JSON held in memory failed", e);
        }
    }

    /** Reads one article from a parsed JSON value. */
    public static RawArticle fromNode(JsonNode node) {
        try {
            if (!(node instanceof ObjectNode object)) {
                throw new InvalidArticleException("article", "not a JSON object");
            }
            return READER.treeToValue(object, RawArticle.class);
        } catch (JsonMappingException e) {
            throw invalidField(e);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException("article", "unreadable: " + e.getOriginalMessage(), e);
        }
    }

    private static InvalidArticleException invalidField(JsonMappingException e) {
        String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                : Integer.toString(r.getIndex())).collect(Collectors.joining("."));
        return new InvalidArticleException(field.isEmpty() ? "article" : field, e.getOriginalMessage(), e);
    }
}
