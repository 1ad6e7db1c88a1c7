package org.marsad.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.KafkaBroker;
import org.marsad.fixtures.Poll;
import org.marsad.fixtures.TestArticles;
import org.marsad.fixtures.TestKafka;
import org.marsad.model.IndexDocument;
import org.marsad.model.Topics;
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
            Poll.until("some enriched records", DEADLINE, () -> cluster.endOffsets(Topics.ENRICHED) >= 500);

            first.destroyForcibly();
            assertTrue(first.waitFor(30, TimeUnit.SECONDS), "killed enrich JVM exits");
            long atKill = cluster.endOffsets(Topics.ENRICHED);
            produce(cluster, FIRST, TOTAL);
            startChild(broker);
            ExactlyOnceChecks.awaitEnrichDone(cluster, DEADLINE);

            assertTrue(atKill < TOTAL, "killed with " + atKill + " enriched offsets of " + TOTAL);
            ExactlyOnceChecks.assertEachRawRecordEnrichedOnce(cluster, TOTAL);
            try (StreamsStage sink = cluster.startSink()) {
                ExactlyOnceChecks.awaitSinkDone(cluster, DEADLINE);
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
