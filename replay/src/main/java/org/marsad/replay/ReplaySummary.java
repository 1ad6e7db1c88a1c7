package org.marsad.replay;

import java.time.Duration;

/**
 * What a finished replay did.
 *
 * @param applicationId the replay's Streams application id (deleted when the replay closed)
 * @param rawRecords raw records read (every offset from start to end, including ones outside the window)
 * @param articles articles re-enriched and written to the enriched topic
 * @param takedowns tombstones passed on to the enriched topic
 * @param elapsed time from the start of the replay to its last commit
 * @param enricherVersion the enricherVersion stamped on the replayed records
 */
public record ReplaySummary(String applicationId, long rawRecords, long articles, long takedowns, Duration elapsed,
        String enricherVersion) {

    /** Raw records per second. */
    public double rate() {
        double seconds = elapsed.toMillis() / 1000.0;
        return seconds <= 0 ? rawRecords : rawRecords / seconds;
    }
}
