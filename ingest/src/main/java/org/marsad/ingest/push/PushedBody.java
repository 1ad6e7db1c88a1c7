package org.marsad.ingest.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.ingest.InvalidArticleException;
import org.marsad.ingest.JsonArticles;
import org.marsad.ingest.text.ScrapedArticle;
import org.marsad.ingest.text.ScrapedTextParser;
import org.marsad.model.Json;

/**
 * Splits a {@code POST /articles} body into records: {@code text/plain} is one article in the scraped text
 * format; anything else is JSON, one object or a sequence of objects (JSON lines).
 */
final class PushedBody {

    /** One record of the body, with its bytes as sent (for the DLQ) and its 1-based position. */
    record Item(int number, byte[] original, ScrapedArticle article, InvalidArticleException error) {
    }

    private PushedBody() {
    }

    static List<Item> split(byte[] body, String contentType) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/plain")) {
            try {
                return List.of(new Item(1, body, ScrapedTextParser.parse(text, null), null));
            } catch (IllegalArgumentException e) {
                return List.of(new Item(1, body, null, new InvalidArticleException("title", e.getMessage(), e)));
            }
        }
        return jsonItems(text);
    }

    private static List<Item> jsonItems(String text) {
        List<Item> items = new ArrayList<>();
        try (MappingIterator<JsonNode> values = Json.MAPPER.readerFor(JsonNode.class).readValues(text)) {
            while (values.hasNextValue()) {
                JsonNode node = values.nextValue();
                byte[] original = node.toString().getBytes(StandardCharsets.UTF_8);
                items.add(item(items.size() + 1, original, node));
            }
        } catch (JsonProcessingException e) {
            items.add(new Item(items.size() + 1, null, null,
                    new InvalidArticleException("article", "not JSON: " + e.getOriginalMessage(), e)));
        } catch (IOException e) {
            throw new IllegalStateException("Reading JSON from memory failed", e);
        }
        if (items.isEmpty()) {
            items.add(new Item(1, null, null, new InvalidArticleException("article", "empty body")));
        }
        return items;
    }

    private static Item item(int number, byte[] original, JsonNode node) {
        try {
            return new Item(number, original, ScrapedArticle.of(JsonArticles.fromNode(node)), null);
        } catch (InvalidArticleException e) {
            return new Item(number, original, null, e);
        }
    }
}
