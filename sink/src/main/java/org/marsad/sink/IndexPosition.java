package org.marsad.sink;

import java.time.Instant;

/**
 * Where the current index document of an id came from: the raw record's position and the enrichment time.
 * A takedown is stored as a position with {@code deleted} set, so an older replayed copy cannot revive it.
 */
public record IndexPosition(int rawPartition, long rawOffset, Instant enrichedAt, boolean deleted) {

    /**
     * The ordering rule: a newer raw position wins (newer content); at the same position, a later
     * enrichment wins (a replay with an improved tagger). One id always lands in one raw partition, so
     * offsets of the same id are comparable; a changed partition (the topic was re-partitioned) counts as
     * newer, because the old partition will never see that id again.
     */
    public boolean isSupersededBy(IndexPosition incoming) {
        if (incoming.rawPartition != rawPartition) {
            return true;
        }
        if (incoming.rawOffset != rawOffset) {
            return incoming.rawOffset > rawOffset;
        }
        if (incoming.deleted) {
            return !deleted;
        }
        return !deleted && enrichedAt != null && incoming.enrichedAt != null && incoming.enrichedAt.isAfter(enrichedAt);
    }
}
