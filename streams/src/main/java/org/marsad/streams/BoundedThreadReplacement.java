package org.marsad.streams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uncaught stream-thread failures: replace the thread up to {@code maxFailures} times within
 * {@code window}; one more failure in that window shuts the client down with a clear log line, because a
 * thread that keeps dying on the same input would otherwise spin forever.
 */
public final class BoundedThreadReplacement implements StreamsUncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(BoundedThreadReplacement.class);

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Deque<Instant> failures = new ArrayDeque<>();

    public BoundedThreadReplacement(int maxFailures, Duration window, Clock clock) {
        if (maxFailures < 0) {
            throw new IllegalArgumentException("maxFailures must be >= 0, got " + maxFailures);
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public synchronized StreamThreadExceptionResponse handle(Throwable exception) {
        Instant now = clock.instant();
        failures.addLast(now);
        while (!failures.isEmpty() && failures.peekFirst().isBefore(now.minus(window))) {
            failures.removeFirst();
        }
        if (failures.size() > maxFailures) {
            LOG.error("Stream thread failed {} times within {}; shutting this instance down", failures.size(), window,
                    exception);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        LOG.warn("Stream thread failed ({} of {} allowed within {}); replacing it", failures.size(), maxFailures,
                window, exception);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
