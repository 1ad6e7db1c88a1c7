package org.marsad.ingest.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.ArticleFinisher;
import org.marsad.ingest.ArticleIntake;
import org.marsad.ingest.CollectingSink;
import org.marsad.http.HttpLimits;

/** Issue #14: the push endpoint holds while clients are slow, silent or many. */
class PushServerAbuseTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    private final CollectingSink sink = new CollectingSink();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(SECOND).build();
    private final List<RawConnection> connections = new ArrayList<>();
    private PushServer server;

    private void start(HttpLimits limits) {
        ArticleIntake intake = new ArticleIntake(new ArticleFinisher(Clock.systemUTC(), 4096), sink, r -> { });
        server = PushServer.start("127.0.0.1", 0, PushTokens.configured("s3cret", null), 10_000, Duration.ofSeconds(5),
                limits, intake, new PushMeters(new SimpleMeterRegistry()));
    }

    @AfterEach
    void stop() throws Exception {
        for (RawConnection connection : connections) {
            connection.close();
        }
        server.close();
    }

    private RawConnection connect() throws Exception {
        RawConnection connection = new RawConnection(server.port());
        connections.add(connection);
        return connection;
    }

    private int health() throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health"))
                .timeout(SECOND).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String post(String headers) {
        return "POST /articles HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n" + headers;
    }

    @Test
    void shouldAnswerHealthWithinASecondWhenEightSlowLorisConnectionsAreHeld() throws Exception {
        start(HttpLimits.defaults());
        for (int i = 0; i < 8; i++) {
            connect().send(post("Authorization: Bearer s3cret\r\nContent-Length: 5000\r\n\r\n{\"ti"));
            connect().send("POST /articles HTTP/1.1\r\nHost: te");
        }
        assertEquals(200, health(), "the client's 1 s time-out fails the test first");
    }

    @Test
    void shouldAnswer401BeforeReadingTheBodyWhenTokenIsMissing() throws Exception {
        start(HttpLimits.defaults());
        for (int i = 0; i < 8; i++) {
            RawConnection connection = connect().send(post("Content-Length: 100000\r\n\r\n"));
            assertEquals("HTTP/1.1 401 Unauthorized", connection.statusLine(SECOND));
        }
        assertEquals(200, health());
    }

    @Test
    void shouldAnswer413BeforeReadingTheBodyWhenDeclaredLengthPassesTheLimit() throws Exception {
        start(HttpLimits.defaults());
        RawConnection connection = connect().send(post("Authorization: Bearer s3cret\r\nContent-Length: 1000000000\r\n\r\n"));
        assertEquals("HTTP/1.1 413 Payload Too Large", connection.statusLine(SECOND));
    }

    @Test
    void shouldAnswer413WhenAChunkedBodyPassesTheLimit() throws Exception {
        start(HttpLimits.defaults());
        String chunk = "x".repeat(6_000);
        RawConnection connection = connect().send(post("Authorization: Bearer s3cret\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n" + Integer.toHexString(chunk.length())
                + "\r\n" + chunk + "\r\n0\r\n\r\n"));
        assertEquals("HTTP/1.1 413 Payload Too Large", connection.statusLine(Duration.ofSeconds(5)));
        assertEquals(List.of(), sink.articles);
    }

    @Test
    void shouldAnswer408WhenTheBodyDoesNotArriveInTime() throws Exception {
        start(limits(Duration.ofSeconds(10), Duration.ofMillis(300), 4, 16));
        RawConnection connection = connect().send(post("Authorization: Bearer s3cret\r\nContent-Length: 100\r\n\r\n{\"title"));
        assertEquals("HTTP/1.1 408 Request Timeout", connection.statusLine(Duration.ofSeconds(5)));
        assertEquals(List.of(), sink.articles);
    }

    @Test
    void shouldCloseTheConnectionWhenHeadersDoNotEndInTime() throws Exception {
        start(limits(Duration.ofMillis(300), Duration.ofSeconds(10), 4, 16));
        RawConnection connection = connect().send("POST /articles HTTP/1.1\r\nHost: te");
        // Closed without an answer (a timed-out read would throw, failing the test).
        assertNull(connection.statusLine(Duration.ofSeconds(5)));
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenRequestsAndQueueAreFull() throws Exception {
        start(limits(Duration.ofSeconds(10), Duration.ofSeconds(10), 1, 0));
        // Holds the one request slot: its headers are in, its body is not.
        connect().send(post("Authorization: Bearer s3cret\r\nContent-Length: 100\r\n\r\n{"));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String status = null;
        String rest = "";
        while (!"HTTP/1.1 503 Service Unavailable".equals(status) && System.nanoTime() < deadline) {
            RawConnection second = connect().send(post("Authorization: Bearer s3cret\r\nContent-Length: 2\r\n"
                    + "Connection: close\r\n\r\n{}"));
            status = second.statusLine(Duration.ofSeconds(5));
            rest = second.rest(Duration.ofSeconds(5));
        }
        assertEquals("HTTP/1.1 503 Service Unavailable", status);
        assertTrue(rest.contains("Retry-After: 1\r\n"), rest);
        assertEquals(200, health(), "health is not behind the push route's queue");
    }

    private static HttpLimits limits(Duration header, Duration body, int requests, int queued) {
        return new HttpLimits(Duration.ofSeconds(10), header, body, 64, requests, queued, SECOND);
    }
}
