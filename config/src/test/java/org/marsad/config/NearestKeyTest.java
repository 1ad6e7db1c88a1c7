package org.marsad.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestKeyTest {

    @Test
    void shouldCountEditsWhenStringsDiffer() {
        assertEquals(0, NearestKey.distance("abc", "abc"));
        assertEquals(1, NearestKey.distance("abc", "abd"));
        assertEquals(1, NearestKey.distance("abc", "ab"));
        assertEquals(3, NearestKey.distance("", "abc"));
        assertEquals(3, NearestKey.distance("kitten", "sitting"));
    }

    @Test
    void shouldPickTheClosestKeyWhenSeveralAreKnown() {
        assertEquals("marsad.sink.threads", NearestKey.of("marsad.snk.threads",
                List.of("marsad.enrich.threads", "marsad.sink.threads", "marsad.feeds.threads")));
    }
}
