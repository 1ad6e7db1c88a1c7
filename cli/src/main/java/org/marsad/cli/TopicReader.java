package org.marsad.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.marsad.config.ClusterConfig;

/**
 * Reads a whole topic from the beginning with {@code read_committed}, without a consumer group, until a
 * condition over everything read so far holds or a deadline passes.
 */
final class TopicReader {

    private final ClusterConfig cluster;

    TopicReader(ClusterConfig cluster) {
        this.cluster = cluster;
    }

    /**
     * Reads until {@code done} holds; fails with {@link IllegalStateException} naming the topic when
     * {@code timeout} passes first.
     */
    List<ConsumerRecord<String, byte[]>> readUntil(String topic, Predicate<List<ConsumerRecord<String, byte[]>>> done,
            Duration timeout) {
        Map<String, Object> props = new HashMap<>(cluster.clientBase());
        props.put("isolation.level", "read_committed");
        props.put("enable.auto.commit", false);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!done.test(records)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Timed out after " + timeout + " reading " + topic + " ("
                            + records.size() + " records read)");
                }
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        return records;
    }

    /** Everything committed on the topic now: reads up to the end offsets taken at the start. */
    List<ConsumerRecord<String, byte[]>> readAll(String topic, Duration timeout) {
        Map<String, Object> props = new HashMap<>(cluster.clientBase());
        props.put("isolation.level", "read_committed");
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Timed out after " + timeout + " reading " + topic);
                }
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
            return records;
        }
    }
}
