package org.marsad.ingest.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

    private static List<String> lines(byte[] bytes, int maxBytes) throws IOException {
        ByteLines reader = new ByteLines(new ByteArrayInputStream(bytes), maxBytes);
        List<String> out = new ArrayList<>();
        ByteLines.Line line;
        while ((line = reader.next()) != null) {
            out.add(line.number() + ":" + new String(line.bytes(), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldSplitOnNewlinesDroppingCarriageReturnsAndKeepingBlankLinesNumbered() throws IOException {
        assertEquals(List.of("1:خبر", "2:", "3:second", "4:last"), lines(utf8("خبر\r\n\nsecond\nlast"), 100));
    }

    @Test
    void shouldReadNothingFromEmptyStreamAndOneLineFromLoneNewline() throws IOException {
        assertEquals(List.of(), lines(new byte[0], 100));
        assertEquals(List.of("1:"), lines(utf8("\n"), 100));
    }

    @Test
    void shouldDropByteOrderMarkOfFirstLineOnly() throws IOException {
        assertEquals(List.of("1:{}", "2:\uFEFF{}"), lines(utf8("\uFEFF{}\n\uFEFF{}\n"), 100));
    }

    @Test
    void shouldJoinLineSpanningManyBufferFills() throws IOException {
        String longLine = "ب".repeat(100_000);
        assertEquals(List.of("1:" + longLine, "2:x"), lines(utf8(longLine + "\nx\n"), 1_000_000));
    }

    @Test
    void shouldKeepFirstMaxBytesAndFullLengthWhenLineIsTooLong() throws IOException {
        ByteLines reader = new ByteLines(new ByteArrayInputStream(utf8("a".repeat(200_000) + "\r\nnext\n")), 10);
        ByteLines.Line big = reader.next();
        assertTrue(big.truncated());
        assertEquals(200_001, big.length(), "the \\r of an over-long line is counted, not looked at");
        assertEquals("a".repeat(10), new String(big.bytes(), StandardCharsets.UTF_8));
        ByteLines.Line next = reader.next();
        assertEquals("next", new String(next.bytes(), StandardCharsets.UTF_8));
        assertEquals(2, next.number());
        assertFalse(next.truncated());
        assertNull(reader.next());
    }

    @Test
    void shouldCallOnlySpacesAndTabsBlank() throws IOException {
        ByteLines reader = new ByteLines(new ByteArrayInputStream(utf8(" \t\n {}\n")), 100);
        assertTrue(reader.next().isBlank());
        assertFalse(reader.next().isBlank());
    }
}
