package org.marsad.ingest.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The compacted topic {@value #NAME} that persists the {@link SeenState}: key article id, value the content
 * hash (lowercase hex SHA-256) of the version last written. Compaction keeps one record per id, so reading
 * it from the start at every launch costs one record per article ever ingested.
 */
public final class SeenStateTopic {

    public static final String NAME = "marsad.ingest.seen";
    /** Topic configs the provisioner must set; partitions and replication follow the cluster settings. */
    public static final Map<String, String> CONFIGS = Map.of("cleanup.policy", "compact");

    private SeenStateTopic() {
    }

    /** Reads the whole topic into a new seen-state; fails naming the topic when it is missing or too slow. */
    public static SeenState load(Map<String, Object> clientProperties, Duration timeout) {
        SeenState state = new SeenState();
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = partitions(consumer, timeout);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            Instant deadline = Instant.now().plus(timeout);
            while (!caughtUp(consumer, end)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Seen-state topic " + NAME + " not read within " + timeout);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    state.restore(record.key(), record.value());
                }
            }
        }
        return state;
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, Duration timeout) {
        List<PartitionInfo> infos = consumer.partitionsFor(NAME, timeout);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("Seen-state topic " + NAME + " does not exist: provision it (compacted)"
                    + " before starting ingest");
        }
        return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
