package org.marsad.replay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Polls a count until it reaches its goal, reporting progress, and gives up when the count has not moved
 * for a whole stall time-out (a dead sink or a stuck replay must not block the caller for ever).
 */
final class ProgressWatch {

    static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    /** One look at the watched thing. */
    interface Probe {
        /** The current count; may throw to abort the wait. */
        long done();

        /** True when the goal is reached. */
        boolean complete();
    }

    private final Clock clock;
    private final Duration stallTimeout;

    ProgressWatch(Clock clock, Duration stallTimeout) {
        this.clock = clock;
        this.stallTimeout = stallTimeout;
    }

    /** Waits for {@code probe} to complete; returns the elapsed time. */
    Duration await(String phase, long total, Probe probe, ProgressListener listener) {
        Instant started = clock.instant();
        Instant lastAdvance = started;
        long lastDone = -1;
        while (true) {
            long done = probe.done();
            Instant now = clock.instant();
            listener.progress(new ReplayProgress(phase, done, total, Duration.between(started, now)));
            if (probe.complete()) {
                return Duration.between(started, now);
            }
            if (done > lastDone) {
                lastDone = done;
                lastAdvance = now;
            } else if (Duration.between(lastAdvance, now).compareTo(stallTimeout) > 0) {
                throw new ReplayFailedException(phase + " made no progress for " + stallTimeout + " (at " + done
                        + " of " + total + ")" + (ReplayProgress.SINK.equals(phase)
                        ? ": is the sink running (marsad up or marsad sink)?" : ""));
            }
            pause();
        }
    }

    private static void pause() {
        try {
            // Committed offsets have no change notification; polling them is what Kafka's own tools do.
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplayFailedException("interrupted while waiting");
        }
    }
}
