package org.marsad.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    @ParameterizedTest
    @CsvSource({"1,0.0,500", "1,0.999,999", "2,0.0,1000", "3,0.5,3000", "6,0.0,8000", "40,0.0,8000", "40,0.999,15992"})
    void shouldDoubleUpToTheMaximumWithJitterWhenFailuresRepeat(int failures, double random, long expectedMillis) {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(16), () -> random);
        assertEquals(Duration.ofMillis(expectedMillis), backoff.delay(failures));
    }
}
