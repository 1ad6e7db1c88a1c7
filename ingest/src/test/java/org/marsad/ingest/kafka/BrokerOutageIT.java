package org.marsad.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.EmbeddedKafkaBroker;
import org.marsad.config.ClusterConfig;
import org.marsad.config.MarsadConfig;
import org.marsad.fixtures.TestKafka;
import org.marsad.ingest.ArticleFinisher;
import org.marsad.ingest.ArticleIntake;
import org.marsad.ingest.CollectingSink;
import org.marsad.ingest.IngestConfig;
import org.marsad.ingest.IngestService;
import org.marsad.ingest.Rejection;
import org.marsad.ingest.TopicContents;
import org.marsad.ingest.feed.FeedPollResult;
import org.marsad.ingest.feed.FeedSpec;
import org.marsad.http.HttpLimits;
import org.marsad.ingest.push.PushMeters;
import org.marsad.ingest.push.PushServer;
import org.marsad.ingest.push.PushTokens;
import org.marsad.model.Json;
import org.marsad.model.Topics;
import org.marsad.topics.MarsadTopics;
import org.marsad.topics.TopicProvisioner;
import org.marsad.topics.TopicSpec;

/**
 * Issue #13: the broker stops between a write and its retry. Nothing may be reported as accepted (202, or
 * feed validators stored) that the broker did not acknowledge. Each test stops and restarts its own broker on
 * the same data directory and port.
 */
class BrokerOutageIT {

    @TempDir
    Path dataDir;
    private EmbeddedKafkaBroker broker;
    private int port;
    private ClusterConfig cluster;

    @BeforeEach
    void startBroker() {
        broker = EmbeddedKafkaBroker.start(dataDir, 0, TestKafka.FAST_RECOVERY);
        port = Integer.parseInt(broker.bootstrapServers().substring(broker.bootstrapServers().lastIndexOf(':') + 1));
        cluster = MarsadConfig.parse(Map.of()).cluster().withBootstrapServers(broker.bootstrapServers());
        try (Admin admin = Admin.create(cluster.clientBase())) {
            List<TopicSpec> topics = new ArrayList<>(MarsadTopics.all(cluster));
            topics.add(MarsadTopics.compacted(Topics.INGEST_SEEN, cluster));
            new TopicProvisioner(admin).ensure(topics);
        }
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    /** Client settings that give up on an unacknowledged write in seconds, not the default two minutes. */
    private Map<String, Object> impatientClient() {
        Map<String, Object> props = new HashMap<>(cluster.clientBase());
        props.put("delivery.timeout.ms", 6000);
        props.put("request.timeout.ms", 2000);
        props.put("max.block.ms", 6000);
        return props;
    }

    private void restartBroker() {
        broker = EmbeddedKafkaBroker.start(dataDir, port, TestKafka.FAST_RECOVERY);
    }

    @Test
    void shouldNeverAnswer202ForUnwrittenArticleWhenRetriedDuringOutage() throws Exception {
        List<Rejection> rejections = new CopyOnWriteArrayList<>();
        IngestConfig config = IngestConfig.defaults();
        String acceptedId;
        try (KafkaArticleSink sink = KafkaArticleSink.open(impatientClient(), config.articleMaxBytes(), Duration.ofSeconds(30))) {
            ArticleIntake intake = new ArticleIntake(new ArticleFinisher(Clock.systemUTC(), config.articleMaxBytes()),
                    sink, rejections::add);
            try (PushServer push = PushServer.start("127.0.0.1", 0, PushTokens.none(), config.httpMaxBytes(),
                    Duration.ofSeconds(2), HttpLimits.defaults(), intake, new PushMeters(new SimpleMeterRegistry()))) {
                String warmUp = "{\"id\":\"outage-warm\",\"title\":\"خبر قبل الانقطاع\",\"body\":\"نص.\"}";
                assertEquals(202, post(push.port(), warmUp).statusCode(), "the broker is up");
                broker.close();

                String article = "{\"id\":\"outage-push\",\"title\":\"خبر أثناء الانقطاع\",\"body\":\"نص الخبر.\"}";
                // The first push and its retry race: whichever claims the write, the other comes while it is in
                // flight (blocked in send() waiting for metadata, or queued waiting for the acknowledgement).
                CompletableFuture<HttpResponse<String>> first = postAsync(push.port(), article);
                HttpResponse<String> retry = post(push.port(), article);
                assertEquals(503, retry.statusCode(), "a push while the same write is in flight: " + retry.body());
                assertEquals(503, first.get().statusCode(), "the other push: " + first.get().body());
                CollectingSink.await("the first write to fail", Duration.ofSeconds(30), () -> intake.counts().failed() >= 1);
                HttpResponse<String> afterExpiry = post(push.port(), article);
                assertEquals(503, afterExpiry.statusCode(), "retry after the write failed: " + afterExpiry.body());

                restartBroker();
                Instant deadline = Instant.now().plusSeconds(60);
                HttpResponse<String> answer;
                do {
                    assertTrue(Instant.now().isBefore(deadline), "no 202 within 60 s of the restart");
                    answer = post(push.port(), article);
                } while (answer.statusCode() == 503);
                assertEquals(202, answer.statusCode(), answer.body());
                // An untrusted push's own id is dropped (#14): the article is keyed by the id the answer names.
                acceptedId = Json.MAPPER.readTree(answer.body()).get("ids").get(0).asText();
            }
        }
        assertEquals(1, readAll(Topics.RAW).stream().filter(r -> r.key().equals(acceptedId)).count(),
                "the article is in the topic, once");
    }

    @Test
    void shouldDeliverFeedItemOnceWhenPolledDuringOutageAndAfterIt() throws Exception {
        AtomicInteger notModified = new AtomicInteger();
        byte[] feed = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>قناة</title>"
                + "<item><title>خبر الانقطاع</title><link>https://example.org/outage/1</link>"
                + "<description>نص الخبر الذي جاء أثناء الانقطاع.</description></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/rss.xml", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.sendResponseHeaders(200, feed.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(feed);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/rss.xml";
        IngestConfig config = IngestConfig.from(MarsadConfig.parse(Map.of("marsad.feeds.backoff.initial", "200ms",
                "marsad.feeds.backoff.max", "1s")));
        List<FeedPollResult> polls = new CopyOnWriteArrayList<>();
        try (IngestService ingest = IngestService.open(config, impatientClient(), Clock.systemUTC(), r -> { },
                new SimpleMeterRegistry())) {
            broker.close();
            ingest.startFeeds(List.of(new FeedSpec(url, "مرصد", Duration.ofMillis(200), false)), polls::add);
            CollectingSink.await("the item's write to fail", Duration.ofSeconds(30), () -> ingest.counts().failed() >= 1);
            assertTrue(ingest.lastWriteFailure().isPresent(), "readiness sees the producer cannot send");
            restartBroker();
            CollectingSink.await("the item written after the outage", Duration.ofSeconds(60),
                    () -> ingest.counts().written() >= 1);
            assertEquals(Optional.empty(), ingest.lastWriteFailure(), "readiness sees the producer send again");
            CollectingSink.await("a not-modified poll after the write", Duration.ofSeconds(30), () -> notModified.get() >= 1);
        } finally {
            server.stop(0);
        }
        assertEquals(1, readAll(Topics.RAW).stream().map(r -> Topics.RAW_SERDE.deserializer().deserialize(Topics.RAW,
                r.value())).filter(a -> url.equals(a.feed())).count(), "the item is in the topic, once: " + polls);
    }

    private static HttpResponse<String> post(int port, String json) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request(port, json), HttpResponse.BodyHandlers.ofString());
    }

    private static CompletableFuture<HttpResponse<String>> postAsync(int port, String json) {
        return HttpClient.newHttpClient().sendAsync(request(port, json), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(int port, String json) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        return TopicContents.readAll(cluster.clientBase(), topic);
    }
}
