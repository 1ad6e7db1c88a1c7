package org.marsad.replay;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.marsad.model.Topics;

/**
 * Waits until the sink has indexed everything on the enriched topic up to a point: its consumer group's
 * committed offsets reach the enriched end offsets observed when a replay finished. The sink commits its
 * offsets in the same transaction as its index writes, so a committed offset means the writes are visible.
 */
public final class SinkCatchUp {

    private final Admin admin;
    private final Clock clock;

    public SinkCatchUp(Admin admin, Clock clock) {
        this.admin = admin;
        this.clock = clock;
    }

    /** The enriched topic's end offsets now; call after the replay's last commit. */
    public Map<TopicPartition, Long> enrichedEnd() {
        return new PartitionOffsets(admin).end(Topics.ENRICHED);
    }

    /**
     * Blocks until {@code sinkGroup} has committed at least {@code target} on every partition.
     *
     * @throws ReplayFailedException when the sink makes no progress for {@code stallTimeout}
     */
    public Duration await(String sinkGroup, Map<TopicPartition, Long> target, ProgressListener listener,
            Duration stallTimeout) {
        ConsumerGroups groups = new ConsumerGroups(admin);
        Map<TopicPartition, Long> before = groups.committed(sinkGroup, Topics.ENRICHED);
        long total = target.entrySet().stream()
                .mapToLong(e -> Math.max(0, e.getValue() - before.getOrDefault(e.getKey(), 0L))).sum();
        ProgressWatch.Probe probe = new ProgressWatch.Probe() {
            private Map<TopicPartition, Long> last = before;

            @Override
            public long done() {
                last = groups.committed(sinkGroup, Topics.ENRICHED);
                return target.entrySet().stream().mapToLong(e -> {
                    long from = before.getOrDefault(e.getKey(), 0L);
                    return Math.max(0, Math.min(last.getOrDefault(e.getKey(), 0L), e.getValue()) - from);
                }).sum();
            }

            @Override
            public boolean complete() {
                return target.entrySet().stream().allMatch(e -> last.getOrDefault(e.getKey(), 0L) >= e.getValue());
            }
        };
        return new ProgressWatch(clock, stallTimeout).await(ReplayProgress.SINK, total, probe, listener);
    }
}
