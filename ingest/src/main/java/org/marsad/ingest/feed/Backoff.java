package org.marsad.ingest.feed;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with "equal jitter": after the n-th failure in a row the wait is drawn between half
 * and all of {@code min(max, initial * 2^(n-1))}, so feeds that failed together do not retry together.
 */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private final DoubleSupplier random;

    /** {@code random} yields values in [0, 1); tests pass a constant. */
    public Backoff(Duration initial, Duration max, DoubleSupplier random) {
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    public static Backoff withRandomJitter(Duration initial, Duration max) {
        return new Backoff(initial, max, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** The wait after {@code failures} (at least 1) failures in a row. */
    public Duration delay(int failures) {
        long ceiling = max.toMillis();
        long base = initial.toMillis();
        for (int i = 1; i < failures && base < ceiling; i++) {
            base *= 2;
        }
        base = Math.min(base, ceiling);
        return Duration.ofMillis(base / 2 + (long) (random.getAsDouble() * (base - base / 2)));
    }
}
