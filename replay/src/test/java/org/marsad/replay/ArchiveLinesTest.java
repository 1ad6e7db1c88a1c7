package org.marsad.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveLinesTest {

    @Test
    void shouldKeepArabicValueReadableAndByteExactWhenValueIsUtf8() {
        byte[] value = "{\"title\":\"أمطار على الساحل\"}".getBytes(StandardCharsets.UTF_8);

        String line = ArchiveLines.write(new ArchiveRecord("a1", 1000L, value, List.of()), 2, 7);
        ArchiveRecord back = ArchiveLines.read(line, "test", 1);

        assertTrue(line.contains("أمطار على الساحل"), line);
        assertArrayEquals(value, back.value());
        assertEquals("a1", back.key());
        assertEquals(1000L, back.timestamp());
    }

    @Test
    void shouldFallBackToBase64WhenValueIsNotUtf8() {
        byte[] value = {'{', (byte) 0xC3, (byte) 0x28, '}'};

        String line = ArchiveLines.write(new ArchiveRecord("bad", 5L, value, List.of()), 0, 0);

        assertTrue(line.contains("\"valueBase64\""), line);
        assertArrayEquals(value, ArchiveLines.read(line, "test", 1).value());
    }

    @Test
    void shouldKeepTombstoneAndHeadersWhenRecordIsTakedown() {
        ArchiveRecord takedown = new ArchiveRecord("gone", 9L, null, List.of(
                new ArchiveRecord.Header(Takedowns.TAKEDOWN_HEADER, "طلب قانوني".getBytes(StandardCharsets.UTF_8))));

        ArchiveRecord back = ArchiveLines.read(ArchiveLines.write(takedown, 1, 3), "test", 1);

        assertNull(back.value());
        assertEquals(Takedowns.TAKEDOWN_HEADER, back.headers().get(0).key());
        assertArrayEquals(takedown.headers().get(0).value(), back.headers().get(0).value());
    }

    @Test
    void shouldNameFileAndLineWhenLineIsNotAnArchiveRecord() {
        IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class,
                () -> ArchiveLines.read("{\"key\": ", "raw.jsonl.gz", 12));
        IllegalArgumentException noTimestamp = assertThrows(IllegalArgumentException.class,
                () -> ArchiveLines.read("{\"key\": \"a\"}", "raw.jsonl.gz", 13));

        assertTrue(notJson.getMessage().startsWith("raw.jsonl.gz line 12 is not JSON"), notJson.getMessage());
        assertTrue(noTimestamp.getMessage().startsWith("raw.jsonl.gz line 13 is not an archive record"),
                noTimestamp.getMessage());
    }
}
