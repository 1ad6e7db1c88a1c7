package org.marsad.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.marsad.model.Json;

/**
 * The archive's line format, one JSON object per record:
 * {@code {"key": ..., "timestamp": ..., "partition": ..., "offset": ..., "value": "...", "headers": [...]}}.
 * A value is stored as the string its UTF-8 bytes spell, so the file stays readable and the bytes come back
 * unchanged; bytes that are not valid UTF-8 (a rejected record) go to {@code valueBase64} instead, and a
 * tombstone has {@code "value": null}. Header values are base64, since headers are bytes.
 */
public final class ArchiveLines {

    private ArchiveLines() {
    }

    /** The line for {@code record}; partition and offset are kept for people reading the file. */
    public static String write(ArchiveRecord record, int partition, long offset) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("key", record.key());
        node.put("timestamp", record.timestamp());
        node.put("partition", partition);
        node.put("offset", offset);
        String text = record.value() == null ? null : strictUtf8(record.value());
        if (record.value() != null && text == null) {
            node.put("valueBase64", Base64.getEncoder().encodeToString(record.value()));
        } else {
            node.put("value", text);
        }
        ArrayNode headers = node.putArray("headers");
        for (ArchiveRecord.Header header : record.headers()) {
            ObjectNode h = headers.addObject();
            h.put("key", header.key());
            h.put("value", header.value() == null ? null : Base64.getEncoder().encodeToString(header.value()));
        }
        return node.toString();
    }

    /** Parses one line; fails naming the file, the line number and what is wrong. */
    public static ArchiveRecord read(String line, String source, long lineNumber) {
        String where = source + " line " + lineNumber;
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + " is not JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject() || !node.path("timestamp").isIntegralNumber()) {
            throw new IllegalArgumentException(where + " is not an archive record (needs an object with a numeric"
                    + " timestamp)");
        }
        if (!node.path("key").isTextual() || node.get("key").asText().isBlank()) {
            throw new IllegalArgumentException(where + " has no key (an archive record needs the article id)");
        }
        byte[] value = node.path("valueBase64").isTextual() ? base64(node.get("valueBase64"), where, "valueBase64")
                : node.path("value").isTextual() ? node.get("value").asText().getBytes(StandardCharsets.UTF_8) : null;
        List<ArchiveRecord.Header> headers = new ArrayList<>();
        for (JsonNode h : node.path("headers")) {
            if (!h.path("key").isTextual()) {
                throw new IllegalArgumentException(where + " has a header without a key");
            }
            JsonNode v = h.path("value");
            headers.add(new ArchiveRecord.Header(h.get("key").asText(),
                    v.isTextual() ? base64(v, where, "header " + h.get("key").asText()) : null));
        }
        return new ArchiveRecord(node.get("key").asText(), node.get("timestamp").asLong(), value, headers);
    }

    private static byte[] base64(JsonNode text, String where, String field) {
        try {
            return Base64.getDecoder().decode(text.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + field + " is not base64: " + e.getMessage(), e);
        }
    }

    /** The text the bytes spell, or null when they are not valid UTF-8. */
    static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static UncheckedIOException io(String what, IOException e) {
        return new UncheckedIOException("Cannot " + what + ": " + e.getMessage(), e);
    }
}
