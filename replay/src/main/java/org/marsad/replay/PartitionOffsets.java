package org.marsad.replay;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Offsets of a topic's partitions as a {@code read_committed} reader sees them: the end (last stable
 * offset) and the first offset at or after an instant. Admin calls only, so no consumer group is touched.
 */
public final class PartitionOffsets {

    private final Admin admin;

    public PartitionOffsets(Admin admin) {
        this.admin = admin;
    }

    /** Every partition of {@code topic}. */
    public List<TopicPartition> partitions(String topic) {
        return Futures.get("describe topic " + topic, admin.describeTopics(List.of(topic)).allTopicNames())
                .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    /** The offset after the last committed record of each partition. */
    public Map<TopicPartition, Long> end(String topic) {
        return list(topic, tp -> OffsetSpec.latest());
    }

    /**
     * The first offset whose timestamp is at or after {@code from} (the beginning when {@code from} is null,
     * {@code end} when no record is that recent).
     */
    public Map<TopicPartition, Long> startAt(String topic, Instant from, Map<TopicPartition, Long> end) {
        Map<TopicPartition, Long> found = list(topic,
                tp -> from == null ? OffsetSpec.earliest() : OffsetSpec.forTimestamp(from.toEpochMilli()));
        Map<TopicPartition, Long> start = new HashMap<>();
        // Admin answers -1 when no record has a timestamp at or after the instant.
        found.forEach((tp, offset) -> start.put(tp, offset < 0 ? end.get(tp) : Math.min(offset, end.get(tp))));
        return start;
    }

    private Map<TopicPartition, Long> list(String topic, Function<TopicPartition, OffsetSpec> spec) {
        Map<TopicPartition, OffsetSpec> request = partitions(topic).stream()
                .collect(Collectors.toMap(tp -> tp, spec));
        return Futures.get("list offsets of " + topic,
                admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all())
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
