package org.marsad.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.KafkaBroker;
import org.marsad.config.ClusterConfig;
import org.marsad.config.MarsadConfig;
import org.marsad.fixtures.TestKafka;
import org.marsad.http.EmbeddedHttpServer;
import org.marsad.http.HttpLimits;
import org.marsad.model.IndexDocument;
import org.marsad.model.Topics;
import org.marsad.topics.MarsadTopics;
import org.marsad.topics.TopicProvisioner;

/**
 * The search stage on a real broker: articles in the index topic are found (Arabic with clitics, entity, amount
 * and currency, date), over HTTP too; a takedown disappears; a stop and restart resumes from the committed
 * offsets, reading each record once; a deleted index, and one from another analyser version, are rebuilt.
 */
class SearchStageIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    static Path tmp;
    private static KafkaBroker broker;
    private static ClusterConfig cluster;
    private static KafkaProducer<String, IndexDocument> producer;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startBroker() {
        broker = TestKafka.start(tmp.resolve("kafka"));
        cluster = MarsadConfig.parse(Map.of()).cluster().withBootstrapServers(broker.bootstrapServers());
        try (Admin admin = Admin.create(cluster.clientBase())) {
            new TopicProvisioner(admin).ensure(List.of(MarsadTopics.compacted(Topics.INDEX, cluster)));
        }
        Map<String, Object> props = cluster.clientBase();
        props.put("acks", "all");
        producer = new KafkaProducer<>(props, new StringSerializer(), Topics.INDEX_SERDE.serializer());
    }

    @AfterAll
    static void stopBroker() {
        producer.close();
        broker.close();
    }

    private SearchStage start(Path indexDir) {
        return SearchStage.start(new SearchSettings(indexDir, cluster.clientBase()));
    }

    private static void send(String id, IndexDocument doc) {
        producer.send(new ProducerRecord<>(Topics.INDEX, id, doc));
        producer.flush();
    }

    private static void await(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + DEADLINE + ": " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    private static Set<String> ids(SearchStage stage, Map<String, String> params) {
        try {
            return stage.search().search(SearchRequest.fromParameters(params)).hits().stream()
                    .map(SearchResult.Hit::id).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> get(EmbeddedHttpServer api, String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + pathAndQuery))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void shouldServeFeedResumeAndRebuildWhenStoppedDeletedOrOutdated() throws Exception {
        Path dir = tmp.resolve("index");
        Map<String, String> all = Map.of("size", "100");
        // The stage offers its routes; a process mounts them on its operations port, as this server does.
        try (SearchStage stage = start(dir);
                EmbeddedHttpServer api = EmbeddedHttpServer.start("127.0.0.1", 0, HttpLimits.defaults(),
                        stage.routes())) {
            for (IndexDocument doc : List.of(Articles.openAiDeal(), Articles.sanctions(), Articles.englishDeal())) {
                send(doc.id(), doc);
            }
            await("3 documents indexed", () -> ids(stage, all).size() == 3);
            assertEquals(Set.of("a1"), ids(stage, Map.of("q", "أوبن إيه آي")));
            assertEquals(Set.of("a2"), ids(stage, Map.of("q", "العقوبات")));
            assertEquals(Set.of("a1"), ids(stage, Map.of("entity", "Q21708200")));
            assertEquals(Set.of("a1"), ids(stage, Map.of("currency", "SAR", "minAmount", "1e9")));
            assertEquals(Set.of("a2", "e1"), ids(stage, Map.of("from", "2026-11-15")));

            HttpResponse<String> found = get(api, "/api/search?q=" + enc("أوبن") + "&currency=SAR");
            assertEquals(200, found.statusCode());
            assertTrue(found.body().contains("\"id\":\"a1\""), found.body());
            assertTrue(found.body().contains("\"facets\""), found.body());
            HttpResponse<String> bad = get(api, "/api/search?minAmount=lots");
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("\"parameter\":\"minAmount\""), bad.body());
            assertTrue(get(api, "/api/search?minPercent=10").body().contains("\"id\":\"a1\""));
            HttpResponse<String> badPercent = get(api, "/api/search?maxPercent=half");
            assertEquals(400, badPercent.statusCode());
            assertTrue(badPercent.body().contains("\"parameter\":\"maxPercent\""), badPercent.body());
            assertEquals(200, get(api, "/api/articles/a2").statusCode());
            assertEquals(404, get(api, "/api/articles/none").statusCode());

            send("a1", null);
            await("takedown of a1 applied", () -> ids(stage, all).equals(Set.of("a2", "e1")));
            assertEquals(Set.of(), ids(stage, Map.of("q", "أوبن")));
        }

        // Stopped: two new articles and a changed one arrive; the restart reads only those three records.
        IndexDocument changed = Articles.doc("a2", "ar", "تصريح جديد حول الرسوم", "نص معدل.", List.of(), List.of(),
                List.of(), Articles.DAY2);
        send("a2", changed);
        send("n1", Articles.doc("n1", "en", "Harbour news one", "First new text.", List.of(), List.of(), List.of(),
                Articles.DAY2));
        send("n2", Articles.doc("n2", "en", "Harbour news two", "Second new text.", List.of(), List.of(), List.of(),
                Articles.DAY2));
        try (SearchStage stage = start(dir)) {
            assertFalse(stage.rebuilding());
            await("the three new records applied", () -> stage.applied() >= 3);
            await("4 documents searchable", () -> ids(stage, all).size() == 4);
            assertEquals(3, stage.applied(), "restart must resume from the committed offsets");
            assertEquals(Set.of("a2", "e1", "n1", "n2"), ids(stage, all));
            assertEquals(Set.of("a2"), ids(stage, Map.of("q", "الرسوم")));
            assertEquals(Set.of(), ids(stage, Map.of("q", "العقوبات")));
        }

        deleteRecursively(dir);
        try (SearchStage stage = start(dir)) {
            assertTrue(stage.rebuilding());
            await("deleted index rebuilt", () -> ids(stage, all).equals(Set.of("a2", "e1", "n1", "n2")));
        }

        markBuiltByOtherAnalyzer(dir);
        try (SearchStage stage = start(dir)) {
            assertTrue(stage.rebuilding());
            await("outdated index rebuilt", () -> ids(stage, all).equals(Set.of("a2", "e1", "n1", "n2")));
        }
    }

    private static void markBuiltByOtherAnalyzer(Path dir) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of(SearchIndex.ANALYZER_VERSION_KEY, "0").entrySet());
            writer.commit();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
