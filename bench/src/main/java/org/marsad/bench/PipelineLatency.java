package org.marsad.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.marsad.broker.EmbeddedKafkaBroker;
import org.marsad.config.ClusterConfig;
import org.marsad.config.EnrichKeys;
import org.marsad.config.MarsadConfig;
import org.marsad.config.SinkKeys;
import org.marsad.enrich.EnrichApp;
import org.marsad.enrich.EnrichConfig;
import org.marsad.enrich.text.DocumentAnalyzer;
import org.marsad.model.RawArticle;
import org.marsad.model.Topics;
import org.marsad.sink.SinkApp;
import org.marsad.sink.SinkConfig;
import org.marsad.streams.StreamsStage;
import org.marsad.topics.MarsadTopics;
import org.marsad.topics.TopicProvisioner;

/**
 * Benchmark command: end-to-end latency from producing a raw article to its document appearing
 * (read_committed) on the index topic, on the embedded broker with both exactly-once stages running.
 * Usage: {@code java -cp bench/target/benchmarks.jar org.marsad.bench.PipelineLatency [articles] [perSecond]}.
 */
public final class PipelineLatency {

    private PipelineLatency() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int perSecond = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dir = Files.createTempDirectory("marsad-latency");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0)) {
            Map<String, String> keys = Map.of(ClusterConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    EnrichKeys.STATE_DIR, dir.resolve("enrich").toString(),
                    SinkKeys.STATE_DIR, dir.resolve("sink").toString());
            ClusterConfig cluster = MarsadConfig.parse(keys).cluster();
            try (var admin = org.apache.kafka.clients.admin.Admin.create(cluster.clientBase())) {
                new TopicProvisioner(admin).ensure(MarsadTopics.all(cluster));
            }
            Map<String, Object> streams = Map.of("commit.interval.ms", 100);
            try (StreamsStage enrich = EnrichApp.start(EnrichConfig.from(MarsadConfig.parse(keys)), DocumentAnalyzer.load(null, null), streams,
                    new SimpleMeterRegistry());
                    StreamsStage sink = SinkApp.start(SinkConfig.from(MarsadConfig.parse(keys)), streams, new SimpleMeterRegistry())) {
                // Warm-up: the first records wait for both stages to join their groups; not what we measure.
                run(cluster, "warm-", 100, perSecond);
                report(articles, perSecond, run(cluster, "lat-", articles, perSecond));
            }
        }
    }

    private static List<Long> run(ClusterConfig cluster, String prefix, int articles, int perSecond) throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latencies = new ArrayList<>();
        List<String> bodies = SampleArticles.bodies();
        Map<String, Object> consumerProps = new HashMap<>(cluster.clientBase());
        consumerProps.put("isolation.level", "read_committed");
        try (var producer = new KafkaProducer<>(cluster.clientBase(), new StringSerializer(), new ByteArraySerializer());
                var consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.INDEX).stream()
                    .map(p -> new TopicPartition(Topics.INDEX, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            long start = System.nanoTime();
            int sent = 0;
            while (latencies.size() < articles) {
                long due = start + (long) sent * 1_000_000_000L / perSecond;
                while (sent < articles && System.nanoTime() >= due) {
                    String id = prefix + sent;
                    RawArticle article = new RawArticle(1, id, null, "bench", null, "عنوان " + sent,
                            bodies.get(sent % bodies.size()), null, null, Instant.now(), null, List.of(), null);
                    sentAt.put(id, System.nanoTime());
                    producer.send(new ProducerRecord<>(Topics.RAW, id, Topics.RAW_SERDE.serializer().serialize(Topics.RAW, article)));
                    sent++;
                    due = start + (long) sent * 1_000_000_000L / perSecond;
                }
                consumer.poll(Duration.ofMillis(5)).forEach(r -> {
                    Long at = sentAt.remove(r.key());
                    if (at != null) {
                        latencies.add(System.nanoTime() - at);
                    }
                });
            }
        }
        return latencies;
    }

    private static void report(int articles, int perSecond, List<Long> latencies) {
        List<Long> sorted = latencies.stream().sorted().toList();
        System.out.printf("PipelineLatency: %d articles at %d/s, raw -> index (read_committed), commit.interval.ms=100%n",
                articles, perSecond);
        for (double q : new double[] {0.50, 0.95, 0.99, 1.0}) {
            long nanos = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
            System.out.printf("  p%-5s %7.1f ms%n", q == 1.0 ? "max" : Integer.toString((int) (q * 100)), nanos / 1e6);
        }
    }
}
