package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.ClusterConfig;
import org.marsad.broker.KafkaBroker;
import org.marsad.broker.TestKafka;
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
        pipeline = LocalPipeline.start(keys, dataDir, false, 0, TestStreams.FAST);
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
            return index.size() == 3;
        });
        assertEquals(List.of("e2e-1", "e2e-2", "e2e-3"), index.keySet().stream().sorted().toList());
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

    private static RawArticle article(String id, String title, String body) {
        return new RawArticle(1, id, null, "test", null, title, body, null, null, Instant.now(), null, List.of(), null);
    }

    private static byte[] json(RawArticle article) {
        return Topics.RAW_SERDE.serializer().serialize(Topics.RAW, article);
    }

    /** Reads the topic from the start (read_committed) until {@code done} holds for all records so far. */
    static List<ConsumerRecord<String, byte[]>> readUntil(String topic,
            Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        Map<String, Object> props = new HashMap<>(pipeline.cluster().clientBase());
        props.put("isolation.level", "read_committed");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!done.test(records)) {
                assertTrue(System.nanoTime() < deadline, () -> "timed out reading " + topic + ", got " + records.size());
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
