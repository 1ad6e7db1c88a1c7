package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.Admin;
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
import org.marsad.ingest.feed.FeedMeters;
import org.marsad.ingest.feed.FeedPollResult;
import org.marsad.ingest.feed.FeedSpec;
import org.marsad.model.Json;
import org.marsad.model.Topics;
import org.marsad.topics.MarsadTopics;
import org.marsad.topics.TopicProvisioner;
import org.marsad.topics.TopicSpec;

/**
 * #16: a feed served by a local HTTP server, polled into the embedded broker; the feed meters and
 * {@code GET /api/feeds} move with the work done (new articles on the first poll, duplicates after).
 */
class FeedMetersIT {

    private static final String NAME = "نشرة المقاييس";

    @TempDir
    static Path dataDir;
    private static KafkaBroker broker;
    private static ClusterConfig cluster;

    @BeforeAll
    static void startBroker() {
        broker = TestKafka.start(dataDir);
        cluster = MarsadConfig.parse(Map.of()).cluster().withBootstrapServers(broker.bootstrapServers());
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

    /** Three items with links of their own each run, so the seen-state never holds them before the test. */
    private static byte[] feed(String run) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>نشرة تجريبية</title><link>https://meters.example.org/</link><description>اختبار</description>");
        for (int i = 1; i <= 3; i++) {
            rss.append("<item><title>خبر تجريبي رقم ").append(i).append("</title><link>https://meters.example.org/")
                    .append(run).append('/').append(i).append("</link><description>افتتحت البلدية حديقة جديدة في الحي ")
                    .append(i).append(".</description></item>");
        }
        return rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldCountNewThenDuplicateItemsAndServeFeedStateWhenAFeedIsPolled() throws Exception {
        byte[] body = feed(UUID.randomUUID().toString());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/rss.xml", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/rss.xml";
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        List<FeedPollResult> polls = new CopyOnWriteArrayList<>();
        JsonNode served;
        try (IngestService ingest = IngestService.open(IngestConfig.defaults(), cluster.clientBase(), Clock.systemUTC(),
                r -> { }, registry)) {
            ingest.startFeeds(List.of(new FeedSpec(url, NAME, Duration.ofMillis(100), false)), polls::add);
            CollectingSink.await("three polls", Duration.ofSeconds(60), () -> polls.size() >= 3);
            try (EmbeddedHttpServer ops = EmbeddedHttpServer.start("127.0.0.1", 0, HttpLimits.defaults(),
                    List.of(ingest.feedsRoute()))) {
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + ops.port() + "/api/feeds")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(200, response.statusCode());
                served = Json.MAPPER.readTree(response.body()).get("feeds").get(0);
            }
        } finally {
            server.stop(0);
        }
        // Closing waited for the poll in progress, so every poll the listener saw is in the meters, and no other.
        long fetched = polls.stream().filter(p -> p.status() == FeedPollResult.Status.FETCHED).count();
        assertEquals(polls.size(), fetched, polls.toString());
        assertEquals(fetched, counter(registry, FeedMeters.POLLS, "status", "fetched"));
        assertEquals(3, counter(registry, FeedMeters.ITEMS, "outcome", "new"), "each item is new once");
        assertEquals(3 * (fetched - 1), counter(registry, FeedMeters.ITEMS, "outcome", "duplicate"));
        assertEquals(0, counter(registry, FeedMeters.ITEMS, "outcome", "rejected"));
        assertEquals((double) body.length * fetched, registry.get(FeedMeters.FETCHED).tag("feed", NAME).counter().count());
        assertTrue(registry.get(FeedMeters.LAST_SUCCESS).tag("feed", NAME).gauge().value()
                > System.currentTimeMillis() / 1000.0 - 120, "last success is a recent epoch second");

        assertEquals(NAME, served.get("name").asText());
        assertEquals("127.0.0.1", served.get("host").asText());
        assertEquals(3, served.get("new").asLong());
        assertTrue(served.get("polls").asLong() >= 3, served.toString());
        assertTrue(served.get("lastError").isNull(), served.toString());
    }

    private static double counter(SimpleMeterRegistry registry, String name, String tag, String value) {
        return registry.get(name).tag("feed", NAME).tag(tag, value).counter().count();
    }
}
