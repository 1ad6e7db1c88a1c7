package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.marsad.model.Json;

/** Issue #14: text from articles never drives the terminal unless {@code --raw}. */
class RecordPrinterTest {

    /** A window-title OSC, a screen clear, an 8-bit CSI (C1) and a right-to-left override, in our own title. */
    private static final String TITLE = "\u001b]0;owned\u0007خبر \u001b[2J\u009b31m عاجل \u202Egnp.exe";
    private static final String VALUE = "{\"id\":\"a1\",\"title\":" + jsonString(TITLE) + ",\"language\":\"ar\"}";

    private static String jsonString(String text) {
        try {
            return Json.MAPPER.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String print(RecordPrinter.Format format, boolean raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("marsad.articles.index", 0, 7, "a1\u001b[8m",
                VALUE.getBytes(StandardCharsets.UTF_8));
        new RecordPrinter(out, format, raw).print(record);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean hasTerminalControls(String text) {
        return text.chars().anyMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E));
    }

    @Test
    void shouldShowEscapeSequencesEscapedWhenPrintingReadably() {
        String text = print(RecordPrinter.Format.READABLE, false);
        assertFalse(hasTerminalControls(text), text);
        assertEquals("marsad.articles.index/0@7  a1\\x1B[8m\n"
                + "  \\x1B]0;owned\\x07خبر \\x1B[2J\\x9B31m عاجل <U+202E>gnp.exe  [ar]\n", text);
    }

    @Test
    void shouldKeepTheJsonValueButEscapeControlsWhenPrintingJson() throws Exception {
        for (RecordPrinter.Format format : new RecordPrinter.Format[] {RecordPrinter.Format.JSON, RecordPrinter.Format.ENVELOPE}) {
            String line = print(format, false);
            assertFalse(hasTerminalControls(line), line);
            var node = Json.MAPPER.readTree(line);
            assertEquals(TITLE, (format == RecordPrinter.Format.JSON ? node : node.get("value")).get("title").asText());
        }
    }

    @Test
    void shouldPrintTextAsStoredWhenRaw() {
        assertTrue(print(RecordPrinter.Format.READABLE, true).contains(TITLE));
        assertTrue(print(RecordPrinter.Format.JSON, true).contains("\u009b31m"));
    }

    @Test
    void shouldKeepArabicBidiMarksWhenEscaping() {
        assertEquals("\u200Fعنوان\u061C ٢٠٢٦", TerminalText.escape("\u200Fعنوان\u061C ٢٠٢٦"));
    }
}
