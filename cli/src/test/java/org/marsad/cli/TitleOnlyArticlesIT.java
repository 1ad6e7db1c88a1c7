package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.KafkaBroker;
import org.marsad.config.ClusterConfig;
import org.marsad.config.MarsadConfig;
import org.marsad.fixtures.TestKafka;
import org.marsad.fixtures.TestStreams;
import org.marsad.ingest.IngestCounts;
import org.marsad.model.IndexDocument;
import org.marsad.model.Topics;

/**
 * Issue #13: ingest wrote title-only feed items, and enrich dead-lettered every one of them ("missing field
 * body"). Now ingest and enrich share one validation, so a title-only feed reaches the index whole.
 */
class TitleOnlyArticlesIT {

    private static final int ITEMS = 50;

    @TempDir
    static Path dataDir;
    private static KafkaBroker broker;
    private static LocalPipeline pipeline;

    @BeforeAll
    static void start() {
        broker = TestKafka.start(dataDir.resolve("broker"));
        pipeline = LocalPipeline.start(MarsadConfig.parse(Map.of(ClusterConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers())),
                dataDir, false, 0, TestStreams.FAST);
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
        broker.close();
    }

    @Test
    void shouldIndexEveryItemWhenFeedItemsHaveOnlyTitles() throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\">"
                + "<channel><title>عناوين فقط</title>");
        for (int i = 0; i < ITEMS; i++) {
            xml.append("<item><title>عنوان خبر قصير رقم ").append(i).append("</title>")
                    .append("<link>https://titles.example/news/").append(i).append("</link></item>");
        }
        Path feed = Files.writeString(dataDir.resolve("titles.xml"), xml.append("</channel></rss>"));

        IngestCounts counts = pipeline.ingest().importPath(feed);
        assertEquals(new IngestCounts(ITEMS, 0, 0, 0), counts);

        Map<String, IndexDocument> titleOnly = new HashMap<>();
        new TopicReader(pipeline.cluster()).readUntil(Topics.INDEX, records -> {
            records.stream().filter(r -> r.value() != null)
                    .map(r -> Topics.INDEX_SERDE.deserializer().deserialize(Topics.INDEX, r.value()))
                    .filter(d -> d.url() != null && d.url().startsWith("https://titles.example/"))
                    .forEach(d -> titleOnly.put(d.id(), d));
            return titleOnly.size() >= ITEMS;
        }, Duration.ofSeconds(90));
        assertEquals(ITEMS, titleOnly.size());
        assertTrue(titleOnly.values().stream().allMatch(d -> d.body().isEmpty()), "bodies are empty");
        assertTrue(new TopicReader(pipeline.cluster()).readAll(Topics.DLQ, Duration.ofSeconds(30)).isEmpty(), "nothing dead-lettered");
    }
}
