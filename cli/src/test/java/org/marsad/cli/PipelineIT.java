package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.KafkaBroker;
import org.marsad.config.ClusterConfig;
import org.marsad.config.MarsadConfig;
import org.marsad.fixtures.TestKafka;
import org.marsad.fixtures.TestStreams;
import org.marsad.model.DeadLetterHeaders;
import org.marsad.model.IndexDocument;
import org.marsad.model.RawArticle;
import org.marsad.model.Topics;

/** Raw in, index out, rejects in the DLQ: the whole pipeline on a real broker. */
class PipelineIT {

    @TempDir
    static Path dataDir;

    private static KafkaBroker broker;
    private static LocalPipeline pipeline;

    @BeforeAll
    static void start() {
        broker = TestKafka.start(dataDir.resolve("broker"));
        Map<String, String> keys = Map.of(ClusterConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        pipeline = LocalPipeline.start(MarsadConfig.parse(keys), dataDir, false, 0, TestStreams.FAST);
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
        broker.close();
    }

    @Test
    void shouldIndexEveryValidArticleOnceAndDeadLetterTheRest() throws Exception {
        List<RawArticle> articles = List.of(
                article("e2e-1", "خبر أول عن الاقتصاد", "قالت الحكومة إن الاقتصاد نما هذا العام."),
                article("e2e-2", "Second story", "The company opened a new office in the city."),
                article("e2e-3", "خبر ثالث", "نص الخبر الثالث في الصفحة."));
        byte[] malformed = "{\"id\": \"e2e-bad\", \"body\": ".getBytes(StandardCharsets.UTF_8);
        try (var producer = new KafkaProducer<>(pipeline.cluster().clientBase(), new StringSerializer(),
                new ByteArraySerializer())) {
            for (RawArticle article : articles) {
                producer.send(new ProducerRecord<>(Topics.RAW, article.id(), json(article))).get();
            }
            producer.send(new ProducerRecord<>(Topics.RAW, articles.get(0).id(), json(articles.get(0)))).get();
            producer.send(new ProducerRecord<>(Topics.RAW, "e2e-bad", malformed)).get();
        }

        Map<String, IndexDocument> index = new HashMap<>();
        readUntil(Topics.INDEX, records -> {
            records.forEach(r -> index.put(r.key(), Topics.INDEX_SERDE.deserializer().deserialize(Topics.INDEX, r.value())));
            return index.keySet().containsAll(List.of("e2e-1", "e2e-2", "e2e-3"));
        });
        assertEquals(List.of("e2e-1", "e2e-2", "e2e-3"),
                index.keySet().stream().filter(id -> id.startsWith("e2e-")).sorted().toList());
        assertEquals("ar", index.get("e2e-1").language());
        assertEquals("en", index.get("e2e-2").language());

        List<ConsumerRecord<String, byte[]>> dead = readUntil(Topics.DLQ, records -> !records.isEmpty());
        ConsumerRecord<String, byte[]> rejected = dead.get(0);
        assertEquals("e2e-bad", rejected.key());
        assertArrayEquals(malformed, rejected.value());
        assertEquals("enrich", DeadLetterHeaders.get(rejected.headers(), DeadLetterHeaders.STAGE));
        assertEquals(Topics.RAW, DeadLetterHeaders.get(rejected.headers(), DeadLetterHeaders.SOURCE_TOPIC));
        assertNotNull(rejected.headers().lastHeader("__streams.errors.exception"));
        assertTrue(DeadLetterHeaders.get(rejected.headers(), DeadLetterHeaders.REASON).contains("RawArticle"));
    }

    @Test
    void shouldTailIndexAsJsonLinesUntilIdle() throws Exception {
        RawArticle article = article("tail-1", "خبر للمتابعة", "نص خبر قصير للمتابعة.");
        try (var producer = new KafkaProducer<>(pipeline.cluster().clientBase(), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW, article.id(), json(article))).get();
        }
        readUntil(Topics.INDEX, records -> records.stream().anyMatch(r -> r.key().equals("tail-1")));

        var out = new java.io.ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Marsad.run("tail", "--bootstrap-servers", pipeline.cluster().bootstrapServers(), "--topic", "index",
                    "--from-beginning", "--idle-timeout", "2s", "--json");
        } finally {
            System.setOut(original);
        }
        assertEquals(0, code);
        List<String> ids = out.toString(StandardCharsets.UTF_8).lines()
                .map(line -> Topics.INDEX_SERDE.deserializer().deserialize(Topics.INDEX,
                        line.getBytes(StandardCharsets.UTF_8)).id())
                .toList();
        assertTrue(ids.contains("tail-1"), ids::toString);
    }

    private static RawArticle article(String id, String title, String body) {
        return new RawArticle(1, id, null, "test", null, title, body, null, null, Instant.now(), null, List.of(), null);
    }

    private static byte[] json(RawArticle article) {
        return Topics.RAW_SERDE.serializer().serialize(Topics.RAW, article);
    }

    private static List<ConsumerRecord<String, byte[]>> readUntil(String topic,
            Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        return new TopicReader(pipeline.cluster()).readUntil(topic, done, Duration.ofSeconds(60));
    }
}
