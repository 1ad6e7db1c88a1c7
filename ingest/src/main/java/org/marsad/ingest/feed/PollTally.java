package org.marsad.ingest.feed;

import java.util.EnumMap;
import java.util.Map;
import org.marsad.ingest.IngestCounts;

/** Adds up what one poll fetched and wrote; used by the one thread that runs the poll. */
final class PollTally {

    private long bytes;
    private int fresh;
    private int duplicate;
    private final Map<ItemRejection, Integer> rejected = new EnumMap<>(ItemRejection.class);

    void fetched(long byteCount) {
        bytes += byteCount;
    }

    void written(IngestCounts counts) {
        fresh += (int) counts.written();
        duplicate += (int) counts.unchanged();
    }

    void rejected(ItemRejection reason, int count) {
        if (count > 0) {
            rejected.merge(reason, count, Integer::sum);
        }
    }

    FeedPollResult.Counts counts() {
        return new FeedPollResult.Counts(bytes, fresh, duplicate, rejected);
    }
}
