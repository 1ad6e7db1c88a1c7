package org.marsad.ingest.push;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.marsad.config.IngestKeys;
import org.marsad.ingest.ArticleIds;
import org.marsad.ingest.InvalidArticleException;
import org.marsad.ingest.JsonArticles;
import org.marsad.ingest.text.ScrapedArticle;
import org.marsad.ingest.text.ScrapedTextParser;
import org.marsad.ingest.text.TextCharset;
import org.marsad.validation.ArticleValidation;
import org.marsad.model.Json;

/**
 * Splits a {@code POST /articles} body into records: {@code text/plain} is one article in the scraped text
 * format; JSON is one object or a sequence of objects (JSON lines). The body must decode cleanly in its
 * charset and JSON objects must not repeat a key (which value would win is a guess). An {@code id} in the
 * input is kept, as {@code TOKEN:id}, only for a token trusted with ids; otherwise it is dropped and the id
 * computed, so nobody can aim a push at another article's id.
 */
final class PushedBody {

    /** One record of the body, with its bytes as sent (for the DLQ) and its 1-based position. */
    record Item(int number, byte[] original, ScrapedArticle article, InvalidArticleException error) {
    }

    /** Duplicate keys refused; nesting capped at the default {@code marsad.json.max.depth}, as for files. */
    private static final ObjectReader STRICT_JSON = Json.MAPPER.readerFor(JsonNode.class)
            .with(Json.MAPPER.getFactory().copy().setStreamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(IngestKeys.JSON_MAX_DEPTH_DEFAULT).build()))
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private PushedBody() {
    }

    static List<Item> split(byte[] body, BodyType type, PushToken token) {
        if (!type.json()) {
            return List.of(plainText(body, type, token));
        }
        String text = decode(body, type);
        if (text == null) {
            return List.of(new Item(1, null, null, new InvalidArticleException("article", "not valid "
                    + type.charset().name() + " text at byte " + firstBadByte(body, type))));
        }
        return jsonItems(text, token);
    }

    /** Scraped text in its declared charset, else a byte order mark, UTF-8 or a detected one ({@link TextCharset}). */
    private static Item plainText(byte[] body, BodyType type, PushToken token) {
        String text;
        try {
            text = TextCharset.decode(body, type.charset() == null ? null : type.charset().name(), false).text();
        } catch (IllegalArgumentException e) {
            return new Item(1, body, null, new InvalidArticleException("article", e.getMessage(), e));
        }
        try {
            return new Item(1, body, withTokenCountry(ScrapedTextParser.parse(text, null), token), null);
        } catch (IllegalArgumentException e) {
            return new Item(1, body, null, new InvalidArticleException("title", e.getMessage(), e));
        }
    }

    /** The body as text, or null when it does not decode cleanly (never U+FFFD in place of bad bytes). */
    private static String decode(byte[] body, BodyType type) {
        try {
            return decoder(type).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The 0-based offset of the first byte that does not decode, so the sender can find it. */
    private static int firstBadByte(byte[] body, BodyType type) {
        ByteBuffer in = ByteBuffer.wrap(body);
        decoder(type).decode(in, CharBuffer.allocate(body.length * 2 + 2), true);
        return in.position();
    }

    private static CharsetDecoder decoder(BodyType type) {
        return type.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static List<Item> jsonItems(String text, PushToken token) {
        List<Item> items = new ArrayList<>();
        try (MappingIterator<JsonNode> values = STRICT_JSON.readValues(text)) {
            while (values.hasNextValue()) {
                JsonNode node = values.nextValue();
                byte[] original = node.toString().getBytes(StandardCharsets.UTF_8);
                items.add(item(items.size() + 1, original, node, token));
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

    private static Item item(int number, byte[] original, JsonNode node, PushToken token) {
        try {
            if (node instanceof ObjectNode object && object.has("id")) {
                givenId(object, token);
            }
            return new Item(number, original,
                    withTokenCountry(ScrapedArticle.of(JsonArticles.fromNode(node)), token), null);
        } catch (InvalidArticleException e) {
            return new Item(number, original, null, e);
        }
    }

    /** Keeps a trusted token's id under its name; drops anyone else's. */
    private static void givenId(ObjectNode object, PushToken token) {
        JsonNode id = object.get("id");
        if (!token.trustIds() || id.isNull()) {
            object.remove("id");
            return;
        }
        String prefixed = token.name() + ":" + id.asText();
        if (!id.isTextual() || !ArticleIds.isValidGivenId(id.asText()) || !ArticleIds.isValidGivenId(prefixed)) {
            throw new InvalidArticleException("id", "must match " + ArticleValidation.ID_PATTERN.pattern() + " with the prefix '"
                    + token.name() + ":' (and be neither . nor ..)");
        }
        object.put("id", prefixed);
    }

    /** The token's country is the source country of what it pushes, unless an article names its own (#12). */
    private static ScrapedArticle withTokenCountry(ScrapedArticle scraped, PushToken token) {
        if (token.country() == null) {
            return scraped;
        }
        return new ScrapedArticle(scraped.article().withSourceCountryIfAbsent(token.country()),
                scraped.related().stream().map(r -> r.withSourceCountryIfAbsent(token.country())).toList());
    }
}
