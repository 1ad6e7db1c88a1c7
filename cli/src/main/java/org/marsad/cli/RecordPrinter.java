package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.marsad.model.Json;

/**
 * Prints consumed records for {@code marsad tail}: readable, value JSON, or a JSON envelope; article text is
 * made terminal-safe ({@link TerminalText}) unless {@code raw}.
 */
final class RecordPrinter {

    enum Format { READABLE, JSON, ENVELOPE }

    private final PrintStream out;
    private final Format format;
    private final boolean raw;

    RecordPrinter(PrintStream out, Format format, boolean raw) {
        this.out = out;
        this.format = format;
        this.raw = raw;
    }

    void print(ConsumerRecord<String, byte[]> record) {
        switch (format) {
            case JSON -> out.println(record.value() == null ? "null" : json(utf8(record.value()).strip()));
            case ENVELOPE -> out.println(json(envelope(record)));
            case READABLE -> out.print(raw ? readable(record, s -> s) : readable(record, TerminalText::escape));
        }
    }

    private String json(String text) {
        return raw ? text : TerminalText.jsonSafe(text);
    }

    private static String envelope(ConsumerRecord<String, byte[]> record) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("topic", record.topic());
        node.put("partition", record.partition());
        node.put("offset", record.offset());
        node.put("timestamp", record.timestamp());
        node.put("key", record.key());
        ObjectNode headers = node.putObject("headers");
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : utf8(header.value()));
        }
        node.set("value", valueNode(record.value()));
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code safe} is applied to every piece of text that came from outside (key, values, headers). */
    private static String readable(ConsumerRecord<String, byte[]> record, UnaryOperator<String> safe) {
        StringBuilder text = new StringBuilder();
        text.append(record.topic()).append('/').append(record.partition()).append('@').append(record.offset())
                .append("  ").append(safe.apply(record.key())).append('\n');
        JsonNode value = valueNode(record.value());
        if (value.isNull()) {
            text.append("  (deleted)\n");
        } else if (value.has("title")) {
            text.append(DocumentView.render(value, safe));
        } else {
            text.append("  ").append(safe.apply(value.toString())).append('\n');
        }
        for (Header header : record.headers()) {
            if (header.key().startsWith("marsad.error.") || header.key().startsWith("__streams.errors.message")) {
                text.append("  ").append(safe.apply(header.key())).append(": ")
                        .append(safe.apply(header.value() == null ? "" : utf8(header.value()))).append('\n');
            }
        }
        return text.toString();
    }

    /** The value as JSON, or as a JSON string when it is not JSON (a rejected record's raw bytes). */
    private static JsonNode valueNode(byte[] value) {
        if (value == null) {
            return Json.MAPPER.nullNode();
        }
        try {
            return Json.MAPPER.readTree(value);
        } catch (IOException e) {
            return Json.MAPPER.getNodeFactory().textNode(utf8(value));
        }
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
