package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.KafkaBroker;
import org.marsad.config.ClusterConfig;
import org.marsad.config.MarsadConfig;
import org.marsad.fixtures.TestKafka;
import org.marsad.ingest.feed.FeedPollResult;
import org.marsad.ingest.feed.FeedSpec;
import org.marsad.model.DeadLetterHeaders;
import org.marsad.model.Json;
import org.marsad.model.RawArticle;
import org.marsad.model.Topics;
import org.marsad.topics.MarsadTopics;
import org.marsad.topics.TopicProvisioner;
import org.marsad.topics.TopicSpec;

/** Ingest against a real embedded broker: each test uses its own topics' content, counted from a start offset. */
class IngestIT {

    @TempDir
    static Path dataDir;
    private static KafkaBroker broker;
    private static ClusterConfig cluster;

    @BeforeAll
    static void startBroker() {
        broker = TestKafka.start(dataDir);
        cluster = MarsadConfig.parse(Map.of("marsad.topic.partitions", "2")).cluster().withBootstrapServers(broker.bootstrapServers());
        try (Admin admin = Admin.create(cluster.clientBase())) {
            List<TopicSpec> topics = new ArrayList<>(MarsadTopics.all(cluster));
            topics.add(MarsadTopics.compacted(Topics.INGEST_SEEN, cluster));
            new TopicProvisioner(admin).ensure(topics);
        }
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    private static IngestService open(List<Rejection> rejections) {
        return IngestService.open(IngestConfig.defaults(), cluster.clientBase(), Clock.systemUTC(), rejections::add,
                new SimpleMeterRegistry());
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        return TopicContents.readAll(cluster.clientBase(), topic);
    }

    private static List<RawArticle> articlesFrom(String feed) {
        return readAll(Topics.RAW).stream().map(r -> Topics.RAW_SERDE.deserializer().deserialize(Topics.RAW, r.value()))
                .filter(a -> feed.equals(a.feed())).toList();
    }

    /** #17 item 6: {@code marsad ingest URL} imports a feed's items and a page, like the dry run. */
    @Test
    void shouldWriteFeedItemsAndPageWhenIngestingUrls() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] feed = Files.readAllBytes(Path.of(IngestIT.class.getResource("/feeds/links/atom_1.0_links.xml").toURI()));
        byte[] page = ("<html><head><title>حدائق</title></head><body><article><h1>البلدية توسع الحدائق</h1><p>"
                + org.marsad.ingest.text.LegacyText.ARTICLE + "</p></article></body></html>")
                .getBytes(java.nio.charset.Charset.forName("windows-1256"));
        server.createContext("/atom.xml", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/atom+xml");
            exchange.sendResponseHeaders(200, feed.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(feed);
            }
        });
        server.createContext("/news/parks", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=windows-1256");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        List<Rejection> rejections = new CopyOnWriteArrayList<>();
        try (IngestService ingest = open(rejections)) {
            IngestCounts feedCounts = ingest.importUrl(base + "/atom.xml");
            IngestCounts pageCounts = ingest.importUrl(base + "/news/parks");
            assertEquals(new IngestCounts(4, 0, 0, 0), feedCounts, String.valueOf(rejections));
            assertEquals(new IngestCounts(1, 0, 0, 0), pageCounts, String.valueOf(rejections));
        } finally {
            server.stop(0);
        }
        assertEquals(4, articlesFrom(base + "/atom.xml").size());
        List<RawArticle> pages = articlesFrom(base + "/news/parks");
        assertEquals(1, pages.size());
        assertEquals("البلدية توسع الحدائق", pages.get(0).title());
        assertEquals(base.replace("http://", "https://") + "/news/parks", pages.get(0).url());
        assertTrue(pages.get(0).body().startsWith("أعلنت البلدية"), pages.get(0).body());
        assertEquals(List.of(new Rejection(base + "/atom.xml",
                "1 of 4 items have no usable link; kept with content-hash ids")), rejections);
    }

    @Test
    void shouldWriteEachArticleOnceWhenTheSameFeedIsPolledThreeTimes() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] feed = Files.readAllBytes(Path.of(IngestIT.class.getResource("/feeds/rss_2.0.xml").toURI()));
        server.createContext("/rss.xml", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, feed.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(feed);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/rss.xml";
        Instant start = Instant.now();
        List<FeedPollResult> polls = new CopyOnWriteArrayList<>();
        List<Rejection> rejections = new CopyOnWriteArrayList<>();
        try (IngestService ingest = open(rejections)) {
            ingest.startFeeds(List.of(new FeedSpec(url, "مرصد", Duration.ofMillis(100), false)), polls::add);
            CollectingSink.await("three polls", Duration.ofSeconds(60), () -> polls.size() >= 3);
        } finally {
            server.stop(0);
        }
        assertTrue(polls.stream().limit(3).allMatch(p -> p.status() == FeedPollResult.Status.FETCHED), polls.toString());
        List<RawArticle> articles = articlesFrom(url);
        assertEquals(4, articles.size(), "four items, each once, after three polls: " + articles);
        assertEquals(4, articles.stream().map(RawArticle::id).distinct().count());
        // The fixture's fourth item has no link: kept, and noted on each poll (#17), never rejected.
        assertTrue(rejections.stream().allMatch(r -> r.reason().equals("1 of 4 items have no usable link; kept with"
                + " content-hash ids")), rejections.toString());
        List<String> ids = articles.stream().map(RawArticle::id).toList();
        for (ConsumerRecord<String, byte[]> record : readAll(Topics.RAW)) {
            if (ids.contains(record.key())) {
                assertTrue(record.timestamp() >= start.toEpochMilli(), "timestamp is the ingest time, not publishedAt");
            }
        }
    }

    @Test
    void shouldAcceptArticleAgainWhenTakedownArrivesWhileRunning(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("takedown.jsonl");
        Files.writeString(file, "{\"id\":\"takedown-1\",\"title\":\"خبر سيحذف\",\"body\":\"نص الخبر.\"}\n");
        try (IngestService ingest = open(new ArrayList<>())) {
            assertEquals(new IngestCounts(1, 0, 0, 0), ingest.importPath(file));
            try (var producer = new KafkaProducer<>(cluster.clientBase(), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<String, String>(Topics.INGEST_SEEN, "takedown-1", null)).get();
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (ingest.importPath(file).written() == 0) {
                assertTrue(System.nanoTime() < deadline, "the running ingest never saw the takedown");
            }
        }
        assertEquals(2, readAll(Topics.RAW).stream().filter(r -> "takedown-1".equals(r.key())).count());
    }

    @Test
    void shouldSkipUnchangedAndWriteChangedArticlesWhenImportedAgainAfterRestart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("restart.jsonl");
        Files.writeString(file, "{\"id\":\"restart-1\",\"title\":\"خبر قبل إعادة التشغيل\",\"body\":\"النص الأول.\"}\n"
                + "{\"id\":\"restart-2\",\"title\":\"خبر ثان\",\"body\":\"نص لا يتغير.\"}\n");
        try (IngestService ingest = open(new ArrayList<>())) {
            assertEquals(new IngestCounts(2, 0, 0, 0), ingest.importPath(file));
        }
        try (IngestService ingest = open(new ArrayList<>())) {
            assertEquals(new IngestCounts(0, 2, 0, 0), ingest.importPath(file), "seen-state read back from its topic");
            Files.writeString(file, "{\"id\":\"restart-1\",\"title\":\"خبر قبل إعادة التشغيل\",\"body\":\"النص بعد التعديل.\"}\n");
            assertEquals(new IngestCounts(1, 0, 0, 0), ingest.importPath(file), "changed content is a new version");
        }
        List<RawArticle> versions = articlesFrom(file.toString()).stream().filter(a -> a.id().equals("restart-1")).toList();
        assertEquals(List.of("النص الأول.", "النص بعد التعديل."), versions.stream().map(RawArticle::body).toList());
    }

    @Test
    void shouldDeadLetterBadLinesWithReasonHeadersWhenJsonlHasThem() throws URISyntaxException {
        Path jsonl = Path.of(IngestIT.class.getResource("/files/tree/articles.jsonl").toURI());
        List<Rejection> rejections = new CopyOnWriteArrayList<>();
        try (IngestService ingest = open(rejections)) {
            ingest.importPath(jsonl);
        }
        List<ConsumerRecord<String, byte[]>> dead = readAll(Topics.DLQ).stream()
                .filter(r -> DeadLetterHeaders.get(r.headers(), DeadLetterHeaders.REASON).startsWith(jsonl.toString()))
                .toList();
        assertEquals(3, dead.size());
        ConsumerRecord<String, byte[]> noTitle = dead.stream().filter(r -> DeadLetterHeaders.get(r.headers(),
                DeadLetterHeaders.REASON).startsWith(jsonl + ":4")).findFirst().orElseThrow();
        assertEquals("ingest", DeadLetterHeaders.get(noTitle.headers(), DeadLetterHeaders.STAGE));
        assertEquals(jsonl + ":4: Invalid field 'title': missing or blank",
                DeadLetterHeaders.get(noTitle.headers(), DeadLetterHeaders.REASON));
        assertEquals("{\"url\":\"https://example.org/a/4\",\"body\":\" \"}",
                new String(noTitle.value(), StandardCharsets.UTF_8));
    }

    @Test
    void shouldFindPushedArticleInRawTopicWhenPushAnswered202() throws IOException, InterruptedException {
        try (IngestService ingest = IngestService.open(IngestConfig.from(MarsadConfig.parse(Map.of("marsad.ingest.http.port", "0"))),
                cluster.clientBase(), Clock.systemUTC(), r -> { }, new SimpleMeterRegistry())) {
            int port = ingest.startPushServer();
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/articles")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"https://example.net/pushed/it\","
                            + "\"title\":\"خبر مدفوع إلى الوسيط\",\"body\":\"نص.\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(202, response.statusCode(), response.body());
            String id = Json.MAPPER.readTree(response.body()).get("ids").get(0).asText();
            assertTrue(readAll(Topics.RAW).stream().anyMatch(r -> r.key().equals(id)), "acknowledged before 202");
        }
    }
}
