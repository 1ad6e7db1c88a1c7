package org.marsad.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.KafkaBroker;
import org.marsad.config.MarsadConfig;
import org.marsad.enrich.ArticleEnricher;
import org.marsad.enrich.text.DocumentAnalyzer;
import org.marsad.fixtures.TestArticles;
import org.marsad.fixtures.TestKafka;
import org.marsad.fixtures.TestStreams;
import org.marsad.model.IndexDocument;
import org.marsad.model.Topics;
import org.marsad.replay.ProgressListener;
import org.marsad.replay.ReplayRequest;
import org.marsad.replay.ReplayService;
import org.marsad.replay.ReplaySummary;
import org.marsad.replay.Takedowns;
import org.marsad.sink.SinkConfig;
import org.marsad.streams.StreamsStage;

/** Replays on a real broker while enrich and sink run, including a takedown that a replay must not undo. */
class ReplayIT {

    private static final Duration STALL = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    private static KafkaBroker broker;
    private static TestCluster cluster;
    private static StreamsStage enrich;
    private static StreamsStage sink;

    @BeforeAll
    static void start() {
        broker = TestKafka.start(dir.resolve("broker"));
        cluster = new TestCluster(broker.bootstrapServers(), dir, Map.of());
        cluster.provisionTopics();
        enrich = cluster.startEnrich(Map.of());
        sink = cluster.startSink();
    }

    @AfterAll
    static void stop() {
        sink.close();
        enrich.close();
        broker.close();
    }

    @Test
    void shouldReplaceEveryIndexDocumentWithNewerEnrichmentWhenReplayingFromEarliest() throws Exception {
        List<String> ids = produceArticles("all-", 20, System.currentTimeMillis());
        Map<String, IndexDocument> before = awaitIndexed(ids);

        ReplaySummary summary = replay(new ReplayRequest(null, null));

        Map<String, IndexDocument> after = index(cluster.readToEnd(Topics.INDEX));
        for (String id : ids) {
            assertTrue(after.get(id).enrichedAt().isAfter(before.get(id).enrichedAt()), id);
            assertEquals(summary.enricherVersion(), after.get(id).enricherVersion());
        }
        assertTrue(summary.articles() >= ids.size(), "articles " + summary.articles());
        assertFalse(groups().contains(summary.applicationId()), "replay group is deleted when done");
    }

    @Test
    void shouldReplayOnlyArticlesIngestedFromInstantWhenFromGiven() {
        long now = System.currentTimeMillis();
        List<String> old = produceArticles("window-old-", 5, now - Duration.ofHours(2).toMillis());
        List<String> recent = produceArticles("window-new-", 5, now);
        List<String> all = new ArrayList<>(old);
        all.addAll(recent);
        Map<String, IndexDocument> before = awaitIndexed(all);

        replay(new ReplayRequest(Instant.ofEpochMilli(now - Duration.ofMinutes(30).toMillis()), null));

        Map<String, IndexDocument> after = index(cluster.readToEnd(Topics.INDEX));
        old.forEach(id -> assertEquals(before.get(id).enrichedAt(), after.get(id).enrichedAt(), id));
        recent.forEach(id -> assertTrue(after.get(id).enrichedAt().isAfter(before.get(id).enrichedAt()), id));
    }

    @Test
    void shouldKeepArticleDeletedWhenReplayingFromEarliestAfterTakedown() {
        List<String> ids = produceArticles("takedown-", 2, System.currentTimeMillis());
        awaitIndexed(ids);
        String deleted = ids.get(0);

        new Takedowns(cluster.cluster()).delete(List.of(deleted), "test takedown");
        cluster.readUntil(Topics.INDEX, records -> TestCluster.latestByKey(records).containsKey(deleted)
                && TestCluster.latestByKey(records).get(deleted).value() == null);
        replay(new ReplayRequest(null, null));

        Map<String, ConsumerRecord<String, byte[]>> index = TestCluster.latestByKey(cluster.readToEnd(Topics.INDEX));
        assertNull(index.get(deleted).value(), "a replay of the older copy must not revive the article");
        assertNotNull(index.get(ids.get(1)).value());
        ConsumerRecord<String, byte[]> rawTombstone = TestCluster.latestByKey(cluster.readToEnd(Topics.RAW)).get(deleted);
        assertNull(rawTombstone.value());
        assertEquals("test takedown", new String(rawTombstone.headers().lastHeader(Takedowns.TAKEDOWN_HEADER).value(),
                StandardCharsets.UTF_8));
        ConsumerRecord<String, byte[]> seen = TestCluster.latestByKey(
                cluster.readToEnd(Topics.INGEST_SEEN)).get(deleted);
        assertNull(seen.value());
    }

    @Test
    void shouldFinishAtOnceWithNothingReplayedWhenNothingWasIngestedAfterFrom() throws Exception {
        produceArticles("future-", 1, System.currentTimeMillis());

        ReplaySummary summary = replay(new ReplayRequest(Instant.now().plus(Duration.ofDays(1)), null));

        assertEquals(0, summary.rawRecords());
        assertEquals(0, summary.articles());
        assertFalse(groups().contains(summary.applicationId()), "replay group is deleted when done");
    }

    private static ReplaySummary replay(ReplayRequest request) {
        ReplayService service = new ReplayService(cluster.cluster(),
                new ArticleEnricher(DocumentAnalyzer.load(null, null)), 1, TestStreams.FAST, Clock.systemUTC());
        return service.replayAndWait(request, SinkConfig.from(MarsadConfig.parse(cluster.keys())).applicationId(), ProgressListener.NONE,
                STALL);
    }

    private static List<String> produceArticles(String prefix, int count, long timestamp) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        List<String> ids = IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
        for (int i = 0; i < count; i++) {
            records.add(new ProducerRecord<>(Topics.RAW, null, timestamp, ids.get(i),
                    TestArticles.json(TestArticles.article(ids.get(i), i))));
        }
        cluster.produce(Topics.RAW, records);
        return ids;
    }

    private static Map<String, IndexDocument> awaitIndexed(List<String> ids) {
        Map<String, IndexDocument> found = new HashMap<>();
        cluster.readUntil(Topics.INDEX, records -> {
            found.clear();
            found.putAll(index(records));
            return found.keySet().containsAll(ids);
        });
        return found;
    }

    private static Map<String, IndexDocument> index(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, IndexDocument> latest = new HashMap<>();
        TestCluster.latestByKey(records).forEach((id, record) -> {
            if (record.value() != null) {
                latest.put(id, Topics.INDEX_SERDE.deserializer().deserialize(Topics.INDEX, record.value()));
            }
        });
        return latest;
    }

    private static List<String> groups() throws Exception {
        try (Admin admin = Admin.create(cluster.cluster().clientBase())) {
            return admin.listGroups().all().get().stream().map(GroupListing::groupId).toList();
        }
    }
}
