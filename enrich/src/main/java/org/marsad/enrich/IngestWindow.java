package org.marsad.enrich;

import java.time.Instant;

/**
 * A half-open window {@code [from, to)} of raw record timestamps (the ingest time), for replaying part of
 * the archive. {@link #ALL} lets everything through.
 *
 * @param from first ingest instant included, or null for the beginning
 * @param to first ingest instant excluded, or null for no end
 */
public record IngestWindow(Instant from, Instant to) {

    public static final IngestWindow ALL = new IngestWindow(null, null);

    public IngestWindow {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("replay window is empty: from " + from + " is not before to " + to);
        }
    }

    public boolean contains(long timestampMs) {
        return (from == null || timestampMs >= from.toEpochMilli()) && (to == null || timestampMs < to.toEpochMilli());
    }
}
