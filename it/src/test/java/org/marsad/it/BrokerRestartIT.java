package org.marsad.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.EmbeddedKafkaBroker;
import org.marsad.fixtures.Poll;
import org.marsad.fixtures.TestArticles;
import org.marsad.fixtures.TestKafka;
import org.marsad.model.Topics;
import org.marsad.streams.StreamsStage;

/**
 * Stops and restarts the broker (same data directory, same port) while a producer and enrich run: the
 * producer resumes by itself, nothing is lost and nothing is enriched twice.
 */
class BrokerRestartIT {

    private static final int TOTAL = 6_000;
    private static final int RESTART_AFTER = 500;
    private static final int BATCH = 10;
    /** Paces the producer so the restart falls in the middle of the stream, whatever the machine's speed. */
    private static final long BATCH_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final Duration DEADLINE = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @Test
    void shouldEnrichEveryArticleOnceAndResumeProducerWhenBrokerRestarts() throws Exception {
        int port = freePort();
        Path data = dir.resolve("broker");
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(data, port, TestKafka.FAST_RECOVERY);
        TestCluster cluster = new TestCluster(broker.bootstrapServers(), dir, Map.of());
        cluster.provisionTopics();
        AtomicInteger acked = new AtomicInteger();
        ConcurrentLinkedQueue<Exception> failures = new ConcurrentLinkedQueue<>();
        try (StreamsStage enrich = cluster.startEnrich(Map.of())) {
            CompletableFuture<Void> producing = CompletableFuture.runAsync(() -> produce(cluster, acked, failures));
            Poll.until(RESTART_AFTER + " acknowledged articles", DEADLINE, () -> acked.get() >= RESTART_AFTER);

            broker.close();
            int atStop = acked.get();
            broker = EmbeddedKafkaBroker.start(data, port, TestKafka.FAST_RECOVERY);
            producing.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            ExactlyOnceChecks.awaitEnrichDone(cluster, DEADLINE);

            assertTrue(atStop < TOTAL, "broker stopped mid-stream, at " + atStop);
            assertEquals(List.of(), List.copyOf(failures), "sends that failed");
            assertEquals(TOTAL, acked.get());
            Map<String, Integer> raw = ExactlyOnceChecks.recordsPerKey(cluster, Topics.RAW);
            assertEquals(TOTAL, raw.size(), "articles on the raw topic");
            raw.forEach((id, count) -> assertEquals(1, count, "raw copies of " + id));
            ExactlyOnceChecks.assertEachRawRecordEnrichedOnce(cluster, TOTAL);
        } finally {
            broker.close();
        }
    }

    /** An idempotent producer with retries for longer than any restart, as ingest's producer is configured. */
    private static void produce(TestCluster cluster, AtomicInteger acked, ConcurrentLinkedQueue<Exception> failures) {
        Map<String, Object> props = new HashMap<>(cluster.cluster().clientBase());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) DEADLINE.toMillis());
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, DEADLINE.toMillis());
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < TOTAL; i++) {
                String id = "restart-" + i;
                producer.send(new ProducerRecord<>(Topics.RAW, id, TestArticles.json(TestArticles.article(id, i))),
                        (meta, error) -> {
                            if (error == null) {
                                acked.incrementAndGet();
                            } else {
                                failures.add(error);
                            }
                        });
                if (i % BATCH == BATCH - 1) {
                    producer.flush();
                    LockSupport.parkNanos(BATCH_PAUSE_NANOS);
                }
            }
            producer.flush();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
