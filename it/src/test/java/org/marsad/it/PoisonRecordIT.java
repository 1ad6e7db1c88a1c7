package org.marsad.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.KafkaBroker;
import org.marsad.config.ClusterConfig;
import org.marsad.fixtures.TestArticles;
import org.marsad.fixtures.TestKafka;
import org.marsad.model.DeadLetterHeaders;
import org.marsad.model.RawArticle;
import org.marsad.model.Topics;
import org.marsad.streams.StreamsStage;

/** Bad raw records go to the dead-letter topic with reason headers, and enrich keeps going; sizes agree end to end. */
class PoisonRecordIT {

    private static final int LIMIT = 4096;

    @TempDir
    static Path dir;

    private static KafkaBroker broker;
    private static TestCluster cluster;
    private static StreamsStage enrich;

    @BeforeAll
    static void start() {
        broker = TestKafka.start(dir.resolve("broker"));
        cluster = new TestCluster(broker.bootstrapServers(), dir,
                Map.of(ClusterConfig.ARTICLE_MAX_BYTES_CONFIG, Integer.toString(LIMIT)));
        cluster.provisionTopics();
        enrich = cluster.startEnrich(Map.of());
    }

    @AfterAll
    static void stop() {
        enrich.close();
        broker.close();
    }

    @Test
    void shouldDeadLetterEachPoisonRecordAndEnrichTheNextWhenRecordsAreBad() {
        byte[] notJson = "{\"id\": \"poison-json\", \"body\": \"نص مقطوع".getBytes(StandardCharsets.UTF_8);
        cluster.produce(Topics.RAW, List.of(
                raw("poison-json", notJson),
                raw("poison-notitle", TestArticles.json(TestArticles.withTitle("poison-notitle", " "))),
                raw("poison-big", sized("poison-big", LIMIT * 2)),
                raw("poison-after", TestArticles.json(TestArticles.article("poison-after", 1)))));

        Map<String, ConsumerRecord<String, byte[]>> dead = TestCluster.latestByKey(cluster.readUntil(Topics.DLQ,
                records -> TestCluster.latestByKey(records).keySet().containsAll(
                        List.of("poison-json", "poison-notitle", "poison-big"))));
        cluster.readUntil(Topics.ENRICHED, records -> TestCluster.latestByKey(records).containsKey("poison-after"));

        assertDeadLetter(dead.get("poison-json"), "RawArticle");
        assertNotNull(dead.get("poison-json").headers().lastHeader("__streams.errors.exception"));
        assertNotNull(dead.get("poison-json").headers().lastHeader("__streams.errors.topic"));
        assertEquals(new String(notJson, StandardCharsets.UTF_8),
                new String(dead.get("poison-json").value(), StandardCharsets.UTF_8), "original bytes kept");
        // A title-less record is dead-lettered; a body-less one is an article (#13: what ingest accepts, enrich tags).
        assertDeadLetter(dead.get("poison-notitle"), "Invalid field 'title': missing or blank");
        assertDeadLetter(dead.get("poison-big"), "over the limit");
        assertEquals(KafkaStreams.State.RUNNING, enrich.state());
    }

    @Test
    void shouldEnrichArticleExactlyAtLimitWhenOneByteMoreIsRejected() {
        byte[] atLimit = sized("limit-at", LIMIT);
        byte[] overLimit = sized("limit-over", LIMIT + 1);
        assertEquals(LIMIT, atLimit.length);
        assertEquals(LIMIT + 1, overLimit.length);

        cluster.produce(Topics.RAW, List.of(raw("limit-at", atLimit), raw("limit-over", overLimit)));

        cluster.readUntil(Topics.ENRICHED, records -> TestCluster.latestByKey(records).containsKey("limit-at"));
        ConsumerRecord<String, byte[]> rejected = TestCluster.latestByKey(cluster.readUntil(Topics.DLQ,
                records -> TestCluster.latestByKey(records).containsKey("limit-over"))).get("limit-over");
        assertDeadLetter(rejected, "article of " + (LIMIT + 1) + " bytes is over the limit of " + LIMIT);
        assertTrue(TestCluster.latestByKey(cluster.readToEnd(Topics.DLQ)).keySet().stream()
                .noneMatch("limit-at"::equals), "the article at the limit is not rejected");
    }

    @Test
    void shouldDeriveTopicMessageLimitFromArticleLimitWhenTopicsAreCreated() throws Exception {
        int expected = 2 * LIMIT + 64 * 1024;
        try (Admin admin = Admin.create(cluster.cluster().clientBase())) {
            for (String topic : List.of(Topics.RAW, Topics.ENRICHED, Topics.INDEX, Topics.DLQ)) {
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
                assertEquals(Integer.toString(expected), config.get("max.message.bytes").value(), topic);
            }
        }
        assertEquals(expected, cluster.cluster().maxMessageBytes());
    }

    private static void assertDeadLetter(ConsumerRecord<String, byte[]> record, String reasonPart) {
        assertNotNull(record, "dead letter");
        assertEquals("enrich", DeadLetterHeaders.get(record.headers(), DeadLetterHeaders.STAGE));
        String reason = DeadLetterHeaders.get(record.headers(), DeadLetterHeaders.REASON);
        assertTrue(reason.contains(reasonPart), reason);
        assertNotNull(DeadLetterHeaders.get(record.headers(), DeadLetterHeaders.EXCEPTION));
        assertEquals(Topics.RAW, DeadLetterHeaders.get(record.headers(), DeadLetterHeaders.SOURCE_TOPIC));
        assertNotNull(DeadLetterHeaders.get(record.headers(), DeadLetterHeaders.SOURCE_PARTITION));
        assertNotNull(DeadLetterHeaders.get(record.headers(), DeadLetterHeaders.SOURCE_OFFSET));
    }

    /** A valid article whose JSON is exactly {@code size} bytes, padded in the body. */
    private static byte[] sized(String id, int size) {
        int base = TestArticles.json(TestArticles.withBody(id, "")).length;
        RawArticle article = TestArticles.withBody(id, "x".repeat(size - base));
        return TestArticles.json(article);
    }

    private static ProducerRecord<String, byte[]> raw(String id, byte[] value) {
        return new ProducerRecord<>(Topics.RAW, id, value);
    }
}
