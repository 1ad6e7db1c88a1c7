package org.marsad.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.KafkaBroker;
import org.marsad.fixtures.TestKafka;
import org.marsad.example.EnrichedStreamConsumer.Event;
import org.marsad.example.EnrichedStreamConsumer.Takedown;
import org.marsad.example.EnrichedStreamConsumer.Upsert;
import org.marsad.model.EnrichedArticle;
import org.marsad.model.EntityMention;
import org.marsad.model.MoneyMention;
import org.marsad.model.Topics;

/**
 * Runs both consumer examples of docs/CONSUMING.md against a real broker holding what enrich writes: committed
 * articles, a takedown, and an aborted transaction that a read_committed reader must never see.
 */
class ConsumerExamplesIT {

    private static final Duration DEADLINE = Duration.ofSeconds(90);
    /** What a read_committed reader sees, in order: the aborted article {@code c1} is not among them. */
    private static final List<String> EXPECTED = List.of("upsert a1", "upsert b1", "takedown b1", "upsert d1");

    @TempDir
    static Path dataDir;
    private static KafkaBroker broker;

    @BeforeAll
    static void writeWhatEnrichWrites() throws Exception {
        broker = TestKafka.start(dataDir);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            // One partition so that the expected order is the log order.
            admin.createTopics(List.of(new NewTopic(Topics.ENRICHED, 1, (short) 1))).all().get();
        }
        try (KafkaProducer<String, EnrichedArticle> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "consumer-examples-it"),
                Topics.KEY_SERDE.serializer(), Topics.ENRICHED_SERDE.serializer())) {
            producer.initTransactions();
            inTransaction(producer, true, record("a1"), record("b1"));
            inTransaction(producer, false, record("c1"));
            inTransaction(producer, true, new ProducerRecord<>(Topics.ENRICHED, 0, "b1", null), record("d1"));
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void shouldSeeCommittedArticlesAndTakedownsInOrderWhenTheJavaExampleReads() {
        List<Event> events = new ArrayList<>();
        Instant deadline = Instant.now().plus(DEADLINE);
        try (EnrichedStreamConsumer consumer = new EnrichedStreamConsumer(broker.bootstrapServers(), "example-java")) {
            while (events.size() < EXPECTED.size() && Instant.now().isBefore(deadline)) {
                consumer.pollOnce(Duration.ofMillis(500), events::add);
            }
        }
        assertEquals(EXPECTED, events.stream().map(ConsumerExamplesIT::describe).toList());
        EnrichedArticle first = ((Upsert) events.get(0)).article();
        assertEquals("Q1 results of company a1", first.title());
        assertEquals("12.5", first.money().get(0).amount());
        assertEquals("SAR", first.money().get(0).currency());
    }

    @Test
    void shouldSeeTheSameWhenThePythonExampleReads() throws IOException, InterruptedException {
        String python = pythonWithConfluentKafka();
        Path script = Path.of(System.getProperty("marsad.example.python", "missing"));
        assertTrue(Files.isRegularFile(script), "the Python example is not at " + script);
        Process process = new ProcessBuilder(python, script.toString(),
                "--bootstrap-servers", broker.bootstrapServers(), "--group", "example-python",
                "--max-messages", Integer.toString(EXPECTED.size()))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        boolean exited = process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        assertTrue(exited, "the Python example did not read " + EXPECTED.size() + " records in " + DEADLINE);
        assertEquals(0, process.exitValue());
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        List<String> seen = lines.stream()
                .map(line -> line.replaceAll(".*\"id\": \"([^\"]+)\", \"event\": \"([a-z]+)\".*", "$2 $1"))
                .toList();
        assertEquals(EXPECTED, seen, String.join("\n", lines));
        assertTrue(lines.get(0).contains("\"amounts\": [[\"12.5\", \"SAR\"]]"), lines.get(0));
    }

    /**
     * The Debian package python3-confluent-kafka, which .ci/run installs, goes to the system interpreter, which
     * may not be the first {@code python3} on the PATH.
     */
    private static String pythonWithConfluentKafka() throws InterruptedException {
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            try {
                Process probe = new ProcessBuilder(candidate, "-c", "import confluent_kafka").start();
                if (probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException notThere) {
                // try the next interpreter
            }
        }
        Assumptions.abort("no python3 with confluent_kafka here: install python3-confluent-kafka (.ci/run does)");
        return null;
    }

    @SafeVarargs
    private static void inTransaction(KafkaProducer<String, EnrichedArticle> producer, boolean commit,
            ProducerRecord<String, EnrichedArticle>... records) throws Exception {
        producer.beginTransaction();
        for (ProducerRecord<String, EnrichedArticle> record : records) {
            producer.send(record).get();
        }
        if (commit) {
            producer.commitTransaction();
        } else {
            producer.abortTransaction();
        }
    }

    private static ProducerRecord<String, EnrichedArticle> record(String id) {
        Instant at = Instant.parse("2026-11-30T08:00:00Z");
        EnrichedArticle article = new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, id, "https://example.org/" + id,
                "example.org", "business", "Q1 results of company " + id, "Company " + id + " earned 12.5 riyals.",
                "en", at, at, null, List.of(), null,
                List.of(new EntityMention("Company " + id, "ORG", null, "Company " + id, "body", null, 0, 9)),
                List.of(new MoneyMention("12.5 riyals", "12.5", "SAR", null, null, null, null, "body", 22, 33)),
                List.of(), List.of(), at, "test", 0, 0L);
        return new ProducerRecord<>(Topics.ENRICHED, 0, id, article);
    }

    private static String describe(Event event) {
        return (event instanceof Takedown ? "takedown " : "upsert ") + event.id();
    }
}
