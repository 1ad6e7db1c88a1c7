package org.marsad.replay;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.marsad.enrich.IngestWindow;

/**
 * What to replay: raw records whose timestamp (the ingest time) falls in {@code [from, to)}.
 *
 * @param from first ingest instant replayed, or null for the earliest record
 * @param to first ingest instant not replayed, or null for everything up to the end offsets at start
 */
public record ReplayRequest(Instant from, Instant to) {

    public static final String EARLIEST = "earliest";

    public ReplayRequest {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("--from " + from + " is not before --to " + to);
        }
    }

    /** Parses {@code --from earliest|ISO} and {@code --to ISO} (null when absent). */
    public static ReplayRequest parse(String from, String to) {
        Instant start = from == null || EARLIEST.equalsIgnoreCase(from) ? null : instant("--from", from);
        Instant end = to == null ? null : instant("--to", to);
        return new ReplayRequest(start, end);
    }

    /** The enrich topology's filter for this request. */
    public IngestWindow window() {
        return new IngestWindow(from, to);
    }

    static Instant instant(String option, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not an ISO instant such as "
                    + "2025-02-12T10:00:00Z" + (option.equals("--from") ? " or 'earliest'" : ""), e);
        }
    }
}
