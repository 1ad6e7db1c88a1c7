package org.marsad.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class BoundedThreadReplacementTest {

    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final RuntimeException FAILURE = new IllegalStateException("tagger failed on test input");

    /** A clock the test moves by hand, so the window is exercised without waiting. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2025-03-01T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final BoundedThreadReplacement handler = new BoundedThreadReplacement(3, WINDOW, clock);

    @Test
    void shouldReplaceThreadWhenFailuresStayWithinLimit() {
        for (int i = 0; i < 3; i++) {
            assertEquals(StreamThreadExceptionResponse.REPLACE_THREAD, handler.handle(FAILURE));
            clock.advance(Duration.ofMinutes(1));
        }
    }

    @Test
    void shouldShutDownClientWhenOneMoreFailureFallsInWindow() {
        for (int i = 0; i < 3; i++) {
            handler.handle(FAILURE);
            clock.advance(Duration.ofMinutes(2));
        }

        assertEquals(StreamThreadExceptionResponse.SHUTDOWN_CLIENT, handler.handle(FAILURE));
    }

    @Test
    void shouldReplaceAgainWhenOldestFailureHasSlidOutOfWindow() {
        handler.handle(FAILURE);
        clock.advance(Duration.ofMinutes(6));
        handler.handle(FAILURE);
        handler.handle(FAILURE);
        clock.advance(Duration.ofMinutes(4).plusSeconds(1));

        assertEquals(StreamThreadExceptionResponse.REPLACE_THREAD, handler.handle(FAILURE));
    }

    @Test
    void shouldShutDownWhenFailureLandsExactlyAtWindowEdge() {
        handler.handle(FAILURE);
        clock.advance(Duration.ofMinutes(6));
        handler.handle(FAILURE);
        handler.handle(FAILURE);
        clock.advance(Duration.ofMinutes(4));

        assertEquals(StreamThreadExceptionResponse.SHUTDOWN_CLIENT, handler.handle(FAILURE));
    }

    @Test
    void shouldShutDownOnFirstFailureWhenNoReplacementAllowed() {
        BoundedThreadReplacement strict = new BoundedThreadReplacement(0, WINDOW, clock);

        assertEquals(StreamThreadExceptionResponse.SHUTDOWN_CLIENT, strict.handle(FAILURE));
    }

    @Test
    void shouldRejectNegativeLimitWhenConstructed() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedThreadReplacement(-1, WINDOW, clock));
    }
}
