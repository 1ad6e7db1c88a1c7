package org.marsad.replay;

import java.time.Duration;

/**
 * How far a replay (or the sink behind it) has got.
 *
 * @param phase {@code replay} while enriching, {@code sink} while waiting for the index
 * @param done raw records read (replay) or enriched records indexed (sink)
 * @param total records to go through in this phase
 * @param elapsed time since the phase started
 */
public record ReplayProgress(String phase, long done, long total, Duration elapsed) {

    public static final String REPLAY = "replay";
    public static final String SINK = "sink";

    /** Records per second so far, 0 before the first second. */
    public double rate() {
        double seconds = elapsed.toMillis() / 1000.0;
        return seconds <= 0 ? 0 : done / seconds;
    }

    /** Remaining time at the rate so far, or null when there is no rate yet. */
    public Duration eta() {
        double rate = rate();
        if (rate <= 0) {
            return null;
        }
        return Duration.ofMillis((long) ((total - done) / rate * 1000));
    }

    /** Done as a fraction of total, 1 when there is nothing to do. */
    public double fraction() {
        return total <= 0 ? 1 : Math.min(1, (double) done / total);
    }
}
