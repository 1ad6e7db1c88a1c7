package org.marsad.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.http.EmbeddedHttpServer;
import org.marsad.http.HttpLimits;
import org.marsad.model.Json;

/** {@code GET /api/feeds} mounted on the embedded HTTP server, asked over HTTP. */
class FeedsRouteTest {

    private static final FeedSpec FEED = new FeedSpec("https://news.example.org/rss.xml", "المرصد",
            Duration.ofMinutes(5), false);

    private final FeedBoard board = new FeedBoard(new SimpleMeterRegistry(),
            Clock.fixed(Instant.parse("2026-12-03T05:00:00Z"), ZoneOffset.UTC));
    private final HttpClient client = HttpClient.newHttpClient();
    private EmbeddedHttpServer server;

    @BeforeEach
    void start() {
        server = EmbeddedHttpServer.start("127.0.0.1", 0, HttpLimits.defaults(), List.of(FeedsRoute.route(board)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(String method) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + FeedsRoute.PATH))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldAnswerEachFeedsStateAsJsonWhenAsked() throws Exception {
        board.register(List.of(FEED));
        board.polled(new FeedPollResult(FEED, FeedPollResult.Status.FETCHED, 5, null, 0, FEED.interval(),
                new FeedPollResult.Counts(4096, 4, 0, Map.of(ItemRejection.TOO_LARGE, 1))));

        HttpResponse<String> response = send("GET");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode feed = Json.MAPPER.readTree(response.body()).get("feeds").get(0);
        assertEquals("المرصد", feed.get("name").asText());
        assertEquals("news.example.org", feed.get("host").asText());
        assertEquals("2026-12-03T05:00:00Z", feed.get("lastPoll").asText());
        assertEquals("2026-12-03T05:00:00Z", feed.get("lastSuccess").asText());
        assertTrue(feed.get("lastError").isNull());
        assertEquals(1, feed.get("polls").asLong());
        assertEquals(4, feed.get("new").asLong());
        assertEquals(0, feed.get("duplicate").asLong());
        assertEquals(1, feed.get("rejected").asLong());
        assertEquals(4096, feed.get("bytes").asLong());
    }

    @Test
    void shouldAnswer405WhenNotAGet() throws Exception {
        HttpResponse<String> response = send("POST");

        assertEquals(405, response.statusCode());
        assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(""));
    }
}
