package org.marsad.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Wed, 12 Feb 2025 10:30:00 GMT|2025-02-12T10:30:00Z",
        "Wed, 12 Feb 2025 10:30:00 +0300|2025-02-12T07:30:00Z",
        "Wed, 12 Feb 2025 10:30:00 +03:00|2025-02-12T07:30:00Z",
        "Wed, 2 Feb 2025 10:30 EST|2025-02-02T15:30:00Z",
        "12 Feb 2025 10:30:00 UT|2025-02-12T10:30:00Z",
        "Wed, 12 Feb 25 10:30:00 GMT|2025-02-12T10:30:00Z",
        "Wednesday, 12 February 2025 10:30:00 GMT|2025-02-12T10:30:00Z",
        "Wed, 12 Feb 2025 10:30:00|2025-02-12T10:30:00Z",
        "wed, 12 feb 2025 10:30:00 gmt|2025-02-12T10:30:00Z",
        "2025-02-12T10:30:00+03:00|2025-02-12T07:30:00Z",
        "2025-02-12T10:30:00.250Z|2025-02-12T10:30:00.250Z",
        "2025-02-12T10:30:00+0300|2025-02-12T07:30:00Z",
        "2025-02-12T10:30:00|2025-02-12T10:30:00Z",
        "2025-02-12 10:30:00|2025-02-12T10:30:00Z",
        "2025-02-12|2025-02-12T00:00:00Z",
        "12th, February 2025 GMT|2025-02-12T00:00:00Z",
        "1st, March 2025 GMT|2025-03-01T00:00:00Z",
        "22nd February 2025|2025-02-22T00:00:00Z",
        "3rd, April 2025 14:05 GMT|2025-04-03T14:05:00Z",
        "February 12, 2025|2025-02-12T00:00:00Z",
    })
    void shouldParseToInstantWhenDateIsInAKnownFormat(String text, String expected) {
        assertEquals(Instant.parse(expected), PublishedDates.parseOrNull(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "yesterday", "12/02/2025", "٢٠٢٥-٠٢-١٢", "32nd, February 2025 GMT",
        "Wed, 12 Feb 2025 10:30:00 +9900"})
    void shouldGiveNullWhenDateIsUnknown(String text) {
        assertNull(PublishedDates.parseOrNull(text));
    }
}
