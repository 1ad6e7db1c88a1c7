package org.marsad.ingest.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.marsad.model.Topics;

/**
 * The compacted topic {@value Topics#INGEST_SEEN} that persists the {@link SeenState}: key article id, value
 * the content hash (lowercase hex SHA-256) of the version last written. Compaction keeps one record per id, so
 * reading it from the start at every launch costs one record per article ever ingested.
 *
 * <p>After the initial read the same consumer keeps following the topic on a daemon thread and applies
 * tombstones only: a tombstone is a takedown ({@code marsad delete}), which a running ingest must honour at
 * once. Versions written by this or another instance are not applied, because an older record arriving after
 * a newer local claim would undo the claim and let the same version be written twice.
 *
 * <p>A restart rebuilds the store from this topic; it never resumes from a store left on disk, which may hold
 * claims whose writes were never acknowledged and would then never be written.
 */
public final class SeenStateTopic implements AutoCloseable {

    /** Topic configs the provisioner must set; partitions and replication follow the cluster settings. */
    public static final Map<String, String> CONFIGS = Map.of("cleanup.policy", "compact");

    private final SeenState state;
    private final KafkaConsumer<String, String> consumer;
    private final Thread follower;
    private volatile boolean following = true;

    private SeenStateTopic(SeenState state, KafkaConsumer<String, String> consumer) {
        this.state = state;
        this.consumer = consumer;
        this.follower = new Thread(this::followTakedowns, "marsad-seen-follower");
        this.follower.setDaemon(true);
    }

    /** As {@link #load(Map, Duration, Path)} with the store under {@code java.io.tmpdir}. */
    public static SeenStateTopic load(Map<String, Object> clientProperties, Duration stallTimeout) {
        return load(clientProperties, stallTimeout, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Reads the whole topic into a new seen-state stored under {@code storeParent}, then follows it for
     * takedowns until closed. The read fails, naming the topic, when the topic is missing or when it makes no
     * progress for {@code stallTimeout} before the end: a large topic takes as long as it needs while it moves.
     */
    public static SeenStateTopic load(Map<String, Object> clientProperties, Duration stallTimeout, Path storeParent) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Large polls make large store batches: the load is bound by per-batch costs, not by bytes.
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer());
        SeenState state = null;
        try {
            state = new SeenState(storeParent);
            readToEnd(consumer, state, stallTimeout);
            SeenStateTopic topic = new SeenStateTopic(state, consumer);
            topic.follower.start();
            return topic;
        } catch (RuntimeException e) {
            consumer.close();
            if (state != null) {
                state.close();
            }
            throw e;
        }
    }

    /** The seen-state, kept current with takedowns. */
    public SeenState state() {
        return state;
    }

    /** Stops following and frees the store; a store still in use by a stuck follower is left to the JVM's end. */
    @Override
    public void close() {
        following = false;
        consumer.wakeup();
        try {
            follower.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!follower.isAlive()) {
            state.close();
        }
    }

    private void followTakedowns() {
        try (consumer) {
            while (following) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() == null) {
                        state.restore(record.key(), null);
                    }
                }
            }
        } catch (WakeupException e) {
            // close() woke the consumer to stop following; nothing is lost, the topic keeps every takedown.
        }
    }

    private static void readToEnd(KafkaConsumer<String, String> consumer, SeenState state, Duration stallTimeout) {
        List<TopicPartition> partitions = partitions(consumer, stallTimeout);
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, stallTimeout);
        Instant lastProgress = Instant.now();
        long position = 0;
        while (!caughtUp(consumer, end)) {
            if (Instant.now().isAfter(lastProgress.plus(stallTimeout))) {
                throw new IllegalStateException("Seen-state topic " + Topics.INGEST_SEEN + " stalled: no progress for "
                        + stallTimeout + " after " + state.size() + " ids were read (raise marsad.ingest.seen.load.timeout)");
            }
            List<String> ids = new ArrayList<>();
            List<String> hashes = new ArrayList<>();
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.key() != null) {
                    ids.add(record.key());
                    hashes.add(record.value());
                }
            }
            state.restoreAll(ids, hashes);
            // Progress is the position, not the records: transaction markers advance it without a record.
            long now = partitions.stream().mapToLong(consumer::position).sum();
            if (now > position) {
                position = now;
                lastProgress = Instant.now();
            }
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, Duration timeout) {
        List<PartitionInfo> infos = consumer.partitionsFor(Topics.INGEST_SEEN, timeout);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("Seen-state topic " + Topics.INGEST_SEEN + " does not exist: provision it (compacted)"
                    + " before starting ingest");
        }
        return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
