package org.marsad.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.KafkaBroker;
import org.marsad.broker.TestKafka;
import org.marsad.enrich.EnrichConfig;
import org.marsad.model.EnrichedArticle;
import org.marsad.model.IndexDocument;
import org.marsad.model.Topics;
import org.marsad.sink.SinkConfig;
import org.marsad.streams.StreamsStage;

/**
 * Kafka's EOS system-test pattern on Marsad: SIGKILL the enrich JVM in the middle of a stream, restart it,
 * and check with read_committed readers that every raw record was enriched exactly once and indexed once.
 */
class EnrichCrashIT {

    private static final int FIRST = 6_000;
    private static final int TOTAL = 10_000;
    private static final Duration DEADLINE = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killChildren() {
        children.forEach(Process::destroyForcibly);
    }

    @Test
    void shouldEnrichEveryArticleExactlyOnceWhenEnrichIsKilledMidStream() throws Exception {
        try (KafkaBroker broker = TestKafka.start(dir.resolve("broker"))) {
            TestCluster cluster = new TestCluster(broker.bootstrapServers(), dir, Map.of());
            cluster.provisionTopics();
            produce(cluster, 0, FIRST);
            Process first = startChild(broker);
            Poll.until("some enriched records", DEADLINE, () -> enrichedOffsets(cluster) >= 500);

            first.destroyForcibly();
            assertTrue(first.waitFor(30, TimeUnit.SECONDS), "killed enrich JVM exits");
            long atKill = enrichedOffsets(cluster);
            produce(cluster, FIRST, TOTAL);
            startChild(broker);
            awaitEnrichDone(cluster);

            assertTrue(atKill < TOTAL, "killed with " + atKill + " enriched offsets of " + TOTAL);
            assertEachRawRecordEnrichedOnce(cluster);
            try (StreamsStage sink = cluster.startSink(); Admin admin = Admin.create(cluster.cluster().clientBase())) {
                SinkCatchUp catchUp = new SinkCatchUp(admin, Clock.systemUTC());
                catchUp.await(SinkConfig.from(cluster.keys()).applicationId(), catchUp.enrichedEnd(),
                        ProgressListener.NONE, DEADLINE);
                assertEachIdIndexedOnce(cluster);
            }
        }
    }

    private Process startChild(KafkaBroker broker) throws IOException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), EnrichChild.class.getName(),
                broker.bootstrapServers(), dir.resolve("enrich-state").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child-" + children.size() + ".log").toFile())
                .start();
        children.add(child);
        return child;
    }

    private static void produce(TestCluster cluster, int from, int to) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String id = "crash-" + i;
            records.add(new ProducerRecord<>(Topics.RAW, id, TestArticles.json(TestArticles.article(id, i))));
        }
        cluster.produce(Topics.RAW, records);
    }

    private static long enrichedOffsets(TestCluster cluster) {
        try (Admin admin = Admin.create(cluster.cluster().clientBase())) {
            return new PartitionOffsets(admin).end(Topics.ENRICHED).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static void awaitEnrichDone(TestCluster cluster) {
        String group = EnrichConfig.from(cluster.keys()).applicationId();
        try (Admin admin = Admin.create(cluster.cluster().clientBase())) {
            PartitionOffsets offsets = new PartitionOffsets(admin);
            Map<TopicPartition, Long> end = offsets.end(Topics.RAW);
            ReplayPlan all = new ReplayPlan(group, new ReplayRequest(null, null), offsets.startAt(Topics.RAW, null, end),
                    end);
            Poll.until("enrich to commit the raw end offsets", DEADLINE,
                    () -> all.isComplete(new ConsumerGroups(admin).committed(group, Topics.RAW)));
        }
    }

    private static void assertEachRawRecordEnrichedOnce(TestCluster cluster) {
        Map<String, Integer> perRawPosition = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : cluster.readToEnd(Topics.ENRICHED)) {
            EnrichedArticle article = Topics.ENRICHED_SERDE.deserializer().deserialize(Topics.ENRICHED, record.value());
            perRawPosition.merge(article.rawPartition() + "@" + article.rawOffset(), 1, Integer::sum);
        }
        assertEquals(TOTAL, perRawPosition.size(), "every raw record enriched");
        perRawPosition.forEach((position, count) -> assertEquals(1, count, "duplicates of raw record " + position));
    }

    private static void assertEachIdIndexedOnce(TestCluster cluster) {
        Map<String, Integer> perId = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : cluster.readToEnd(Topics.INDEX)) {
            IndexDocument doc = Topics.INDEX_SERDE.deserializer().deserialize(Topics.INDEX, record.value());
            int i = Integer.parseInt(record.key().substring("crash-".length()));
            assertEquals(TestArticles.article(record.key(), i).body(), doc.body(), record.key());
            perId.merge(record.key(), 1, Integer::sum);
        }
        assertEquals(TOTAL, perId.size(), "every id indexed");
        perId.forEach((id, count) -> assertEquals(1, count, "index documents for " + id));
    }
}
