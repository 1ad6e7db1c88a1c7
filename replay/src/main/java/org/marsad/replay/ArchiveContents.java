package org.marsad.replay;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.marsad.config.ClusterConfig;
import org.marsad.model.Topics;

/**
 * Every (id, value) pair a raw topic has ever held, kept as the id plus a 128-bit SHA-256 prefix of the
 * value (a tombstone has its own marker), so the importer can tell whether a record is already there. Memory
 * is about 200 bytes per raw record (a 64-character id, the hex prefix, string and set overhead): ten
 * million records need about 2 GB of heap.
 */
final class ArchiveContents {

    private static final String TOMBSTONE = "-";

    private final Set<String> pairs = new HashSet<>();

    private ArchiveContents() {
    }

    /** Reads the target raw topic (read_committed) up to its end offsets now. */
    static ArchiveContents read(ClusterConfig cluster) {
        ArchiveContents contents = new ArchiveContents();
        Map<TopicPartition, Long> end;
        try (Admin admin = Admin.create(cluster.clientBase())) {
            end = new PartitionOffsets(admin).end(Topics.RAW);
        }
        Map<String, Object> props = new HashMap<>(cluster.clientBase());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, cluster.maxMessageBytes());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(end.keySet());
            consumer.seekToBeginning(end.keySet());
            while (!end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    contents.add(record.key(), record.value());
                }
            }
        }
        return contents;
    }

    /** Records the pair; false when it was already present. */
    boolean add(String key, byte[] value) {
        return pairs.add(key + '\u0000' + fingerprint(value));
    }

    private static String fingerprint(byte[] value) {
        if (value == null) {
            return TOMBSTONE;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value);
            return HexFormat.of().formatHex(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
