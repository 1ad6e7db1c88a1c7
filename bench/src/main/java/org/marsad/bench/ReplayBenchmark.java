package org.marsad.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.marsad.broker.EmbeddedKafkaBroker;
import org.marsad.config.ClusterConfig;
import org.marsad.config.MarsadConfig;
import org.marsad.enrich.ArticleEnricher;
import org.marsad.enrich.EnrichTopology;
import org.marsad.enrich.IngestWindow;
import org.marsad.enrich.text.DocumentAnalyzer;
import org.marsad.model.RawArticle;
import org.marsad.model.Topics;
import org.marsad.streams.StreamsSettings;
import org.marsad.topics.MarsadTopics;
import org.marsad.topics.TopicProvisioner;

/**
 * Replay throughput: the replay topology (full enrichment, exactly-once) against a pass-through topology
 * (identity mapValues from the raw topic to a scratch topic, same settings) over the same archive on the same
 * embedded broker, alternating runs so JIT warm-up favours neither. The ratio is the cost of tagging; the
 * pass-through rate is the ceiling the broker and exactly-once commits set.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.marsad.bench.ReplayBenchmark [articles] [rounds]}.
 */
public final class ReplayBenchmark {

    private static final String SCRATCH = "bench.passthrough";
    private static final String PARAGRAPH = "قالت وزارة الاقتصاد إن صادرات المملكة ارتفعت بنسبة 12% خلال الربع الأول "
            + "لتبلغ 4.5 مليار دولار، وأضافت أن شركة الموانئ الوطنية وقعت اتفاقا مع بلدية دبي في 3 مارس 2025. ";

    private ReplayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path dir = Files.createTempDirectory("marsad-replay-bench");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0)) {
            ClusterConfig cluster = MarsadConfig.parse(Map.of(ClusterConfig.BOOTSTRAP_SERVERS_CONFIG,
                    broker.bootstrapServers())).cluster();
            prepare(cluster, articles);
            ArticleEnricher enricher = new ArticleEnricher(DocumentAnalyzer.load(null, null));
            double enrich = 0;
            double pass = 0;
            double alone = 0;
            for (int round = 0; round < rounds; round++) {
                alone = Math.max(alone, enricherOnly(enricher, articles));
                pass = Math.max(pass, run(cluster, dir, "pass-" + round, passThrough(), articles));
                enrich = Math.max(enrich, run(cluster, dir, "enrich-" + round,
                        new EnrichTopology(enricher, cluster.articleMaxBytes(), IngestWindow.ALL, new SimpleMeterRegistry()).build(), articles));
            }
            System.out.printf(Locale.ROOT, "articles=%d rounds=%d enricherVersion=%s%n", articles, rounds,
                    enricher.version());
            System.out.printf(Locale.ROOT, "replay, full enrichment: %.0f articles/s%n", enrich);
            System.out.printf(Locale.ROOT, "replay, pass-through:    %.0f articles/s%n", pass);
            System.out.printf(Locale.ROOT, "enricher alone, no Kafka: %.0f articles/s%n", alone);
            System.out.printf(Locale.ROOT, "ratio full/pass-through: %.0f%%%n", 100 * enrich / pass);
        }
    }

    private static Topology passThrough() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.RAW, Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .mapValues(value -> value)
                .to(SCRATCH, Produced.with(Serdes.String(), Serdes.ByteArray()));
        return builder.build();
    }

    private static void prepare(ClusterConfig cluster, int articles) throws Exception {
        try (Admin admin = Admin.create(cluster.clientBase())) {
            new TopicProvisioner(admin).ensure(MarsadTopics.all(cluster));
            admin.createTopics(List.of(new NewTopic(SCRATCH, cluster.partitions(), cluster.replicationFactor())))
                    .all().get();
        }
        try (var producer = new KafkaProducer<>(cluster.clientBase(), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < articles; i++) {
                producer.send(new ProducerRecord<>(Topics.RAW, "bench-" + i, Topics.RAW_SERDE.serializer()
                        .serialize(Topics.RAW, article(i))));
            }
        }
    }

    private static RawArticle article(int i) {
        return new RawArticle(1, "bench-" + i, null, "bench", null, "خبر رقم " + i, PARAGRAPH.repeat(6) + i, "ar",
                null, Instant.parse("2025-01-01T00:00:00Z"), null, List.of(), null);
    }

    /** The enricher alone, one thread, no Kafka: the ceiling the tagger puts on a one-thread replay. */
    private static double enricherOnly(ArticleEnricher enricher, int articles) {
        Instant now = Instant.now();
        long started = System.nanoTime();
        long mentions = 0;
        for (int i = 0; i < articles; i++) {
            mentions += enricher.enrich(article(i), now, 0, i).entities().size();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "enricher only: %d articles in %.2f s (%d entity mentions)%n", articles,
                seconds, mentions);
        return articles / seconds;
    }

    /** Runs one application from the earliest raw offset to the end; returns articles per second while running. */
    private static double run(ClusterConfig cluster, Path dir, String name, Topology topology, int articles)
            throws Exception {
        String applicationId = "bench-" + name + "-" + System.currentTimeMillis();
        var props = StreamsSettings.forApplication(applicationId, "bench", dir.resolve(name).toString(), 1, cluster,
                Map.of("consumer.auto.offset.reset", "earliest"));
        CountDownLatch running = new CountDownLatch(1);
        try (Admin admin = Admin.create(cluster.clientBase()); KafkaStreams streams = new KafkaStreams(topology, props)) {
            Map<TopicPartition, Long> end = end(admin);
            streams.setStateListener((now, before) -> {
                if (now == KafkaStreams.State.RUNNING) {
                    running.countDown();
                }
            });
            streams.start();
            if (!running.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException(applicationId + " did not reach RUNNING in 2 minutes");
            }
            long started = System.nanoTime();
            while (!reached(admin, applicationId, end)) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "%s: %d articles in %.2f s%n", name, articles, seconds);
            return articles / seconds;
        }
    }

    private static Map<TopicPartition, Long> end(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(List.of(Topics.RAW)).allTopicNames().get().get(Topics.RAW).partitions()
                .forEach(p -> request.put(new TopicPartition(Topics.RAW, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> end = new HashMap<>();
        admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get()
                .forEach((tp, info) -> end.put(tp, info.offset()));
        return end;
    }

    private static boolean reached(Admin admin, String group, Map<TopicPartition, Long> end) throws Exception {
        var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        return end.entrySet().stream().allMatch(e -> committed.get(e.getKey()) != null
                && committed.get(e.getKey()).offset() >= e.getValue());
    }
}
