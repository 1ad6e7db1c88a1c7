package org.marsad.enrich;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.text.DocumentAnalyzer;
import org.marsad.model.DeadLetterHeaders;
import org.marsad.model.EnrichedArticle;
import org.marsad.model.RawArticle;
import org.marsad.model.RawPositionHeaders;
import org.marsad.model.Topics;

class EnrichTopologyTest {

    private static final Instant WALL_CLOCK = Instant.parse("2025-02-12T10:00:00Z");
    private static final DocumentAnalyzer ANALYZER = DocumentAnalyzer.load(null, null);

    private TopologyTestDriver driver;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, byte[]> dlq;

    @BeforeEach
    void setUp() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(new EnrichTopology(new ArticleEnricher(ANALYZER), 4096, registry).build(), props,
                WALL_CLOCK);
        raw = driver.createInputTopic(Topics.RAW, new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED, new StringDeserializer(),
                Topics.ENRICHED_SERDE.deserializer());
        dlq = driver.createOutputTopic(Topics.DLQ, new StringDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    @Test
    void shouldEnrichValidArticleWithItsRawPosition() {
        raw.pipeInput("a1", json(article("a1", "شركة جديدة", "افتتحت الشركة فرعا جديدا في المدينة.")));

        TestRecord<String, EnrichedArticle> out = enriched.readRecord();
        assertEquals("a1", out.key());
        assertEquals("a1", out.value().id());
        assertEquals("ar", out.value().language());
        assertEquals(0, out.value().rawPartition());
        assertEquals(0L, out.value().rawOffset());
        assertEquals(WALL_CLOCK, out.value().enrichedAt());
        assertTrue(out.value().enricherVersion().startsWith(EnricherVersion.marsadVersion() + "+"));
        assertTrue(enriched.isEmpty());
        assertTrue(dlq.isEmpty());
        assertEquals(1.0, articles("enriched"));
        assertEquals(1, registry.get(EnrichMeters.TAGGING).timer().count());
        assertEquals(1, registry.get(EnrichMeters.MENTIONS).tag("kind", "entity").summary().count());
    }

    @Test
    void shouldEnrichTitleOnlyArticleWhenBodyIsBlank() {
        raw.pipeInput("a2", json(article("a2", "عنوان فقط", " ")));

        assertEquals("a2", enriched.readRecord().value().id());
        assertTrue(dlq.isEmpty());
    }

    @Test
    void shouldSendArticleWithoutTitleToDeadLettersUnchanged() {
        byte[] bytes = json(article("a2", " ", "نص الخبر."));
        raw.pipeInput("a2", bytes);

        TestRecord<String, byte[]> rejected = dlq.readRecord();
        assertArrayEquals(bytes, rejected.value());
        assertEquals("enrich", DeadLetterHeaders.get(rejected.headers(), DeadLetterHeaders.STAGE));
        assertEquals("Invalid field 'title': missing or blank",
                DeadLetterHeaders.get(rejected.headers(), DeadLetterHeaders.REASON));
        assertEquals(Topics.RAW, DeadLetterHeaders.get(rejected.headers(), DeadLetterHeaders.SOURCE_TOPIC));
        assertEquals("0", DeadLetterHeaders.get(rejected.headers(), DeadLetterHeaders.SOURCE_OFFSET));
        assertTrue(dlq.isEmpty());
        assertTrue(enriched.isEmpty());
        assertEquals(1.0, articles("rejected"));
        assertEquals(1.0, registry.get(EnrichMeters.REJECTIONS).tags("reason", "invalid_field", "field", "title")
                .counter().count());
        assertEquals(0.0, articles("enriched"));
    }

    @Test
    void shouldRejectArticleOverSizeLimitNamingTheLimit() {
        raw.pipeInput("a3", json(article("a3", "طويل", "كلمة ".repeat(2000))));

        String reason = DeadLetterHeaders.get(dlq.readRecord().headers(), DeadLetterHeaders.REASON);
        assertTrue(reason.contains("over the limit of 4096 bytes"), reason);
        assertTrue(enriched.isEmpty());
        assertEquals(1.0, registry.get(EnrichMeters.REJECTIONS).tag("reason", "too_large").counter().count());
    }

    @Test
    void shouldRejectRecordWhoseKeyIsNotItsId() {
        raw.pipeInput("other", json(article("a4", "عنوان", "نص الخبر.")));

        assertEquals("record key other does not match field id a4",
                DeadLetterHeaders.get(dlq.readRecord().headers(), DeadLetterHeaders.REASON));
        assertTrue(enriched.isEmpty());
        assertEquals(1.0, registry.get(EnrichMeters.REJECTIONS).tags("reason", "key_mismatch", "field", "id")
                .counter().count());
    }

    @Test
    void shouldEnrichEachCopyWhenSameIdArrivesTwice() {
        byte[] bytes = json(article("a5", "خبر", "نص الخبر نفسه."));
        raw.pipeInput("a5", bytes);
        raw.pipeInput("a5", bytes);

        List<EnrichedArticle> values = enriched.readValuesToList();
        assertEquals(2, values.size());
        assertEquals(List.of(0L, 1L), values.stream().map(EnrichedArticle::rawOffset).toList());
    }

    @Test
    void shouldPassTakedownOnWithRawPosition() {
        raw.pipeInput("a6", json(article("a6", "خبر", "نص.")));
        raw.pipeInput("a6", (byte[]) null);

        enriched.readRecord();
        TestRecord<String, EnrichedArticle> takedown = enriched.readRecord();
        assertNull(takedown.value());
        assertEquals(1L, RawPositionHeaders.get(takedown.headers(), RawPositionHeaders.OFFSET));
        assertTrue(enriched.isEmpty());
        assertEquals(1.0, articles("takedown"));
    }

    @Test
    void shouldReplayOnlyRecordsIngestedInsideTheWindow() {
        Instant from = Instant.parse("2025-02-01T00:00:00Z");
        Instant to = Instant.parse("2025-03-01T00:00:00Z");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "replay-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        var topology = new EnrichTopology(new ArticleEnricher(ANALYZER), 4096, new IngestWindow(from, to), registry).build();
        try (TopologyTestDriver replay = new TopologyTestDriver(topology, props, WALL_CLOCK)) {
            var in = replay.createInputTopic(Topics.RAW, new StringSerializer(), new ByteArraySerializer());
            var out = replay.createOutputTopic(Topics.ENRICHED, new StringDeserializer(),
                    Topics.ENRICHED_SERDE.deserializer());
            in.pipeInput("before", json(article("before", "قبل", "نص.")), from.minusMillis(1));
            in.pipeInput("first", json(article("first", "أول", "نص.")), from);
            in.pipeInput("after", json(article("after", "بعد", "نص.")), to);

            assertEquals(List.of("first"), out.readKeyValuesToList().stream().map(kv -> kv.key).toList());
        }
    }

    @Test
    void shouldKeepOperatorNamesStable() {
        String description = new EnrichTopology(new ArticleEnricher(ANALYZER), 4096, registry).build().describe().toString();
        for (String name : List.of("raw-source", "enrich", "outcome-rejected", "outcome-enriched", "rejected-bytes",
                "dlq-sink", "enriched-value", "enriched-sink")) {
            assertTrue(description.contains(name), () -> name + " missing from\n" + description);
        }
    }

    static RawArticle article(String id, String title, String body) {
        return new RawArticle(1, id, "https://news.example/" + id, "مصدر تجريبي", null, title, body, null,
                Instant.parse("2025-02-12T08:00:00Z"), Instant.parse("2025-02-12T09:00:00Z"), null, List.of(), null);
    }

    static byte[] json(RawArticle article) {
        return Topics.RAW_SERDE.serializer().serialize(Topics.RAW, article);
    }

    private double articles(String outcome) {
        return registry.get(EnrichMeters.ARTICLES).tag("outcome", outcome).counter().count();
    }
}
