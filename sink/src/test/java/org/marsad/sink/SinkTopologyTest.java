package org.marsad.sink;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
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
import org.marsad.model.DeadLetterHeaders;
import org.marsad.model.EnrichedArticle;
import org.marsad.model.EntityMention;
import org.marsad.model.IndexDocument;
import org.marsad.model.MoneyMention;
import org.marsad.model.RawPositionHeaders;
import org.marsad.model.Topics;
import org.marsad.streams.DeadLetterProcessingHandler;

class SinkTopologyTest {

    private static final Instant T1 = Instant.parse("2025-02-12T10:00:00Z");
    private static final Instant T2 = Instant.parse("2025-03-01T10:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, IndexDocument> index;

    @BeforeEach
    void setUp() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sink-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(new SinkTopology(registry).build(), props, T1);
        enriched = driver.createInputTopic(Topics.ENRICHED, new StringSerializer(), Topics.ENRICHED_SERDE.serializer());
        index = driver.createOutputTopic(Topics.INDEX, new StringDeserializer(), Topics.INDEX_SERDE.deserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    /** #18: version 1 and 2 are indexed; a newer version is refused with the reason, to the dead-letter topic. */
    @Test
    void shouldDeadLetterRecordWhenSchemaVersionIsNewerThanThisSink() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sink-test-versions");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DLQ);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        try (TopologyTestDriver versions = new TopologyTestDriver(new SinkTopology(registry).build(), props, T1)) {
            TestInputTopic<String, EnrichedArticle> in = versions.createInputTopic(Topics.ENRICHED,
                    new StringSerializer(), Topics.ENRICHED_SERDE.serializer());
            in.pipeInput("v1", article("v1", 1, T1, 1));
            in.pipeInput("v2", article("v2", 2, T1, 2));
            in.pipeInput("v9", article("v9", 3, T1, EnrichedArticle.SCHEMA_VERSION + 1));
            assertEquals(List.of("v1", "v2"), versions.createOutputTopic(Topics.INDEX, new StringDeserializer(),
                    Topics.INDEX_SERDE.deserializer()).readKeyValuesToList().stream().map(kv -> kv.key).toList());
            List<TestRecord<String, String>> dead = versions.createOutputTopic(Topics.DLQ, new StringDeserializer(),
                    new StringDeserializer()).readRecordsToList();
            assertEquals(1, dead.size());
            assertEquals("v9", dead.get(0).key());
            assertEquals("enriched record v9: Invalid field 'schemaVersion': unsupported version "
                    + (EnrichedArticle.SCHEMA_VERSION + 1) + " (readers take 1 to " + EnrichedArticle.SCHEMA_VERSION
                    + ")", DeadLetterHeaders.get(dead.get(0).headers(), DeadLetterHeaders.REASON));
        }
    }

    @Test
    void shouldBuildDocumentWithFacetsCountingMentions() {
        enriched.pipeInput("a1", article("a1", 5, T1));

        IndexDocument doc = index.readValue();
        assertEquals("a1", doc.id());
        assertEquals(List.of(new IndexDocument.EntityFacet("marsad:test-person", "Elon Musk", 2)), doc.people());
        assertEquals(List.of(new IndexDocument.EntityFacet(null, "مرصد", 1)), doc.organisations());
        assertEquals(1, doc.amounts().size(), "the title repeats the body's amount: one facet");
        assertEquals("97400000000", doc.amounts().get(0).amount());
        assertEquals("USD", doc.amounts().get(0).currency());
        assertEquals("default", doc.amounts().get(0).currencyBasis());
        assertTrue(index.isEmpty());
    }

    @Test
    void shouldReplaceDocumentWhenSameContentIsEnrichedLater() {
        enriched.pipeInput("a1", article("a1", 5, T1));
        enriched.pipeInput("a1", article("a1", 5, T2));

        assertEquals(List.of(T1, T2), index.readValuesToList().stream().map(IndexDocument::enrichedAt).toList());
        assertEquals(1.0, updates("written"));
        assertEquals(1.0, updates("replaced"));
    }

    @Test
    void shouldIgnoreReplayedOldContentWhenNewerContentIsIndexed() {
        enriched.pipeInput("a1", article("a1", 9, T1));
        enriched.pipeInput("a1", article("a1", 5, T2));

        assertEquals(9L, index.readValue().rawOffset());
        assertTrue(index.isEmpty());
        assertEquals(1.0, updates("ignored_older"));
    }

    @Test
    void shouldIgnoreDuplicateOfTheSameEnrichment() {
        enriched.pipeInput("a1", article("a1", 5, T1));
        enriched.pipeInput("a1", article("a1", 5, T1));

        assertEquals(1, index.readValuesToList().size());
    }

    @Test
    void shouldKeepTakedownWhenOlderCopyIsReplayed() {
        enriched.pipeInput("a1", article("a1", 5, T1));
        enriched.pipeInput(new TestRecord<>("a1", null, takedownHeaders(6)));
        enriched.pipeInput("a1", article("a1", 5, T2));

        List<TestRecord<String, IndexDocument>> out = index.readRecordsToList();
        assertEquals(2, out.size());
        assertNull(out.get(1).value());
        assertEquals(1.0, updates("written"));
        assertEquals(1.0, updates("tombstone"));
        assertEquals(1.0, updates("ignored_older"));
        assertEquals(0.0, updates("replaced"));
    }

    @Test
    void shouldTimeIngestToIndexFromTheRecordTimestampWhenADocumentIsWritten() {
        enriched.pipeInput("a1", article("a1", 5, T1), T1.minusSeconds(2));

        var timer = registry.get(SinkMeters.INGEST_TO_INDEX).timer();
        assertEquals(1, timer.count());
        assertTrue(timer.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS) > 0, "a positive latency");
    }

    private double updates(String outcome) {
        return registry.get(SinkMeters.UPDATES).tag("outcome", outcome).counter().count();
    }

    @Test
    void shouldKeepOperatorNamesStable() {
        String description = new SinkTopology(registry).build().describe().toString();
        for (String name : List.of("enriched-source", "index-update", "index-positions", "index-sink")) {
            assertTrue(description.contains(name), () -> name + " missing from\n" + description);
        }
    }

    private static RecordHeaders takedownHeaders(long offset) {
        RecordHeaders headers = new RecordHeaders();
        RawPositionHeaders.add(headers, 0, offset);
        return headers;
    }

    static EnrichedArticle article(String id, long rawOffset, Instant enrichedAt) {
        List<EntityMention> entities = List.of(
                new EntityMention("ماسك", "PERSON", "marsad:test-person", "Elon Musk", "body", null, 0, 4),
                new EntityMention("مرصد", "ORG", null, "مرصد", "body", null, 10, 14),
                new EntityMention("Musk", "PERSON", "marsad:test-person", "Elon Musk", "title", null, 0, 4));
        List<MoneyMention> money = List.of(
                new MoneyMention("97.4 مليار دولار", "97400000000", "USD", "دولار", "EXACT", null, null, "title", 0, 16,
                        "default"),
                new MoneyMention("97.4 مليار دولار", "97400000000", "USD", "دولار", "EXACT", null, null, "body", 20, 36,
                        "default"));
        return new EnrichedArticle(1, id, null, null, null, "Musk", "ماسك ...", "ar", null, null, null, List.of(), null,
                entities, money, List.of(), List.of(), enrichedAt, "test", 0, rawOffset);
    }

    private static EnrichedArticle article(String id, long rawOffset, Instant enrichedAt, int version) {
        EnrichedArticle a = article(id, rawOffset, enrichedAt);
        return new EnrichedArticle(version, a.id(), a.url(), a.source(), a.feed(), a.title(), a.body(), a.language(),
                a.publishedAt(), a.fetchedAt(), a.author(), a.keywords(), a.relatedTo(), a.entities(), a.money(),
                a.percentages(), a.dates(), a.enrichedAt(), a.enricherVersion(), a.rawPartition(), a.rawOffset(),
                a.tags());
    }
}
