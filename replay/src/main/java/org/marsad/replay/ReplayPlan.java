package org.marsad.replay;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * A replay fixed at its start: the Streams application (and consumer group) id, and per raw partition the
 * offset it starts at and the end offset it stops at. Records ingested after the start are the live
 * enrich's business, so the end never moves.
 *
 * @param applicationId {@code marsad-replay-<epochMillis>}
 * @param request the ingest-time window
 * @param start first raw offset replayed, per partition
 * @param end raw end offset at start, per partition
 */
public record ReplayPlan(String applicationId, ReplayRequest request, Map<TopicPartition, Long> start,
        Map<TopicPartition, Long> end) {

    public ReplayPlan {
        start = Map.copyOf(start);
        end = Map.copyOf(end);
        if (!start.keySet().equals(end.keySet())) {
            throw new IllegalArgumentException("start partitions " + start.keySet() + " differ from end partitions "
                    + end.keySet());
        }
    }

    /** Raw offsets the replay has to read. */
    public long total() {
        return start.keySet().stream().mapToLong(tp -> end.get(tp) - start.get(tp)).sum();
    }

    /** Raw offsets read so far, given the replay group's committed offsets (missing: nothing read). */
    public long done(Map<TopicPartition, Long> committed) {
        long done = 0;
        for (TopicPartition tp : start.keySet()) {
            long position = Math.min(committed.getOrDefault(tp, start.get(tp)), end.get(tp));
            done += Math.max(0, position - start.get(tp));
        }
        return done;
    }

    /** True when every partition's committed offset has reached its end offset. */
    public boolean isComplete(Map<TopicPartition, Long> committed) {
        return start.keySet().stream().allMatch(tp -> committed.getOrDefault(tp, start.get(tp)) >= end.get(tp));
    }
}
