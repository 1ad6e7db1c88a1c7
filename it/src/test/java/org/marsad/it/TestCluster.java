package org.marsad.it;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.marsad.config.ClusterConfig;
import org.marsad.config.EnrichKeys;
import org.marsad.config.MarsadConfig;
import org.marsad.config.SinkKeys;
import org.marsad.enrich.EnrichApp;
import org.marsad.enrich.EnrichConfig;
import org.marsad.enrich.text.DocumentAnalyzer;
import org.marsad.fixtures.TestStreams;
import org.marsad.replay.PartitionOffsets;
import org.marsad.sink.SinkApp;
import org.marsad.sink.SinkConfig;
import org.marsad.streams.StreamsStage;
import org.marsad.topics.MarsadTopics;
import org.marsad.topics.TopicProvisioner;

/** Client-side helpers for broker tests: topics, stages, producing, and read_committed reading with deadlines. */
final class TestCluster {

    static final Duration READ_DEADLINE = Duration.ofSeconds(90);

    private final Map<String, String> keys;
    private final ClusterConfig cluster;

    TestCluster(String bootstrapServers, Path stateDir, Map<String, String> extraKeys) {
        Map<String, String> all = new HashMap<>(extraKeys);
        all.put(ClusterConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        all.put(EnrichKeys.STATE_DIR, stateDir.resolve("enrich").toString());
        all.put(SinkKeys.STATE_DIR, stateDir.resolve("sink").toString());
        this.keys = Map.copyOf(all);
        this.cluster = MarsadConfig.parse(keys).cluster();
    }

    ClusterConfig cluster() {
        return cluster;
    }

    Map<String, String> keys() {
        return keys;
    }

    void provisionTopics() {
        try (Admin admin = Admin.create(cluster.clientBase())) {
            new TopicProvisioner(admin).ensure(MarsadTopics.all(cluster));
        }
    }

    StreamsStage startEnrich(Map<String, String> extraKeys) {
        Map<String, String> merged = new HashMap<>(keys);
        merged.putAll(extraKeys);
        return EnrichApp.start(EnrichConfig.from(MarsadConfig.parse(merged)), DocumentAnalyzer.load(null, null),
                TestStreams.FAST, new SimpleMeterRegistry());
    }

    StreamsStage startSink() {
        return SinkApp.start(SinkConfig.from(MarsadConfig.parse(keys)), TestStreams.FAST, new SimpleMeterRegistry());
    }

    void produce(String topic, List<ProducerRecord<String, byte[]>> records) {
        try (var producer = new KafkaProducer<>(cluster.clientBase(), new StringSerializer(), new ByteArraySerializer())) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(new ProducerRecord<>(topic, null, record.timestamp(), record.key(), record.value(),
                        record.headers()));
            }
            producer.flush();
        }
    }

    /** Reads {@code topic} from the start (read_committed) until {@code done} holds for all records so far. */
    List<ConsumerRecord<String, byte[]>> readUntil(String topic, Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        Map<String, Object> props = new HashMap<>(cluster.clientBase());
        props.put("isolation.level", "read_committed");
        props.put("max.partition.fetch.bytes", cluster.maxMessageBytes());
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + READ_DEADLINE.toNanos();
            while (!done.test(records)) {
                assertTrue(System.nanoTime() < deadline, () -> "timed out reading " + topic + ", got " + records.size());
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** Every record of {@code topic} up to its read_committed end offsets at the time of the call. */
    List<ConsumerRecord<String, byte[]>> readToEnd(String topic) {
        Map<TopicPartition, Long> end;
        try (Admin admin = Admin.create(cluster.clientBase())) {
            end = new PartitionOffsets(admin).end(topic);
        }
        long total = end.values().stream().mapToLong(Long::longValue).sum();
        // Offsets include transaction markers, so count positions, not records.
        Map<String, Object> props = new HashMap<>(cluster.clientBase());
        props.put("isolation.level", "read_committed");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(end.keySet());
            consumer.seekToBeginning(end.keySet());
            long deadline = System.nanoTime() + READ_DEADLINE.toNanos();
            while (end.keySet().stream().mapToLong(consumer::position).sum() < total) {
                assertTrue(System.nanoTime() < deadline, () -> "timed out reading " + topic + " to its end");
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** The sum of the topic's read_committed end offsets: a cheap "has anything arrived" probe. */
    long endOffsets(String topic) {
        try (Admin admin = Admin.create(cluster.clientBase())) {
            return new PartitionOffsets(admin).end(topic).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The last record per key among {@code records}. */
    static Map<String, ConsumerRecord<String, byte[]>> latestByKey(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, ConsumerRecord<String, byte[]>> latest = new HashMap<>();
        records.forEach(r -> latest.put(r.key(), r));
        return latest;
    }
}
