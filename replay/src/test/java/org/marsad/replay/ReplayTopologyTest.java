package org.marsad.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleEnricher;
import org.marsad.enrich.text.DocumentAnalyzer;
import org.marsad.model.EnrichedArticle;
import org.marsad.model.Json;
import org.marsad.model.Topics;

/** The replay topology over stored schema-version-1 raw records: old archives must stay replayable. */
class ReplayTopologyTest {

    private static final Instant INGESTED = Instant.parse("2024-10-03T08:00:00Z");
    private static final ArticleEnricher ENRICHER = new ArticleEnricher(DocumentAnalyzer.load(null, null));

    @Test
    void shouldReEnrichEveryStoredV1RecordWhenReplayingTheWholeArchive() throws IOException {
        List<String> lines = fixture("fixtures/raw-articles-v1.jsonl");
        ReplayTopology replay = new ReplayTopology();

        List<EnrichedArticle> out = run(replay, new ReplayRequest(null, null), lines);

        assertEquals(lines.size(), out.size());
        for (int i = 0; i < lines.size(); i++) {
            var stored = Json.MAPPER.readTree(lines.get(i));
            assertEquals(1, stored.get("schemaVersion").asInt());
            assertEquals(stored.get("id").asText(), out.get(i).id());
            assertEquals(stored.get("body").asText(), out.get(i).body());
            assertEquals(ENRICHER.version(), out.get(i).enricherVersion());
            assertEquals(i, out.get(i).rawOffset());
        }
        assertEquals("ar", out.get(1).language(), "a v1 record without language gets one detected");
        assertEquals(lines.size(), replay.articles());
    }

    @Test
    void shouldSkipRecordsIngestedOutsideWindowWhenReplayingPartOfArchive() throws IOException {
        List<String> lines = fixture("fixtures/raw-articles-v1.jsonl");
        ReplayTopology replay = new ReplayTopology();
        // Record i is ingested i hours after INGESTED; the window keeps hours 1 and 2.
        ReplayRequest window = new ReplayRequest(INGESTED.plusSeconds(3600), INGESTED.plusSeconds(3 * 3600));

        List<EnrichedArticle> out = run(replay, window, lines);

        assertEquals(List.of("v1-ar-weather", "v1-en-port"), out.stream().map(EnrichedArticle::id).toList());
        assertEquals(2, replay.articles());
    }

    @Test
    void shouldHangCounterOffEnrichedBranchWhenBuilt() {
        String described = new ReplayTopology().build(ENRICHER, 4096, new ReplayRequest(null, null).window())
                .describe().toString();

        assertTrue(described.contains("Processor: " + ReplayTopology.COUNTER_NODE), described);
        assertTrue(described.contains("<-- " + ReplayTopology.ENRICHED_VALUE_NODE), described);
    }

    private static List<EnrichedArticle> run(ReplayTopology replay, ReplayRequest request, List<String> lines) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "replay-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try (TopologyTestDriver driver = new TopologyTestDriver(
                replay.build(ENRICHER, 4096, request.window()), props)) {
            TestInputTopic<String, byte[]> raw = driver.createInputTopic(Topics.RAW, new StringSerializer(),
                    new ByteArraySerializer());
            TestOutputTopic<String, EnrichedArticle> enriched = driver.createOutputTopic(Topics.ENRICHED,
                    new StringDeserializer(), Topics.ENRICHED_SERDE.deserializer());
            for (int i = 0; i < lines.size(); i++) {
                String id = Json.MAPPER.readTree(lines.get(i)).get("id").asText();
                raw.pipeInput(id, lines.get(i).getBytes(StandardCharsets.UTF_8), INGESTED.plusSeconds(i * 3600L));
            }
            List<EnrichedArticle> out = enriched.readValuesToList();
            assertTrue(enriched.isEmpty());
            return out;
        } catch (IOException e) {
            throw new AssertionError("fixture line is not JSON", e);
        }
    }

    static List<String> fixture(String resource) throws IOException {
        try (InputStream in = ReplayTopologyTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank()).toList();
        }
    }
}
