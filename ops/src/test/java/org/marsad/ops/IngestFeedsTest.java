package org.marsad.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading the ingest service's {@code /api/feeds} from a local HTTP server. */
class IngestFeedsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private HttpServer server;
    private volatile int status = 200;
    private volatile String body = "";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(IngestFeeds.PATH, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void shouldReadEachFeedWhenTheServiceAnswers() {
        body = "{\"feeds\":[{\"name\":\"المرصد\",\"host\":\"news.example.org\",\"lastPoll\":\"2026-12-03T05:00:00Z\","
                + "\"lastSuccess\":\"2026-12-03T05:00:00Z\",\"lastError\":null,\"lastErrorMessage\":null,\"polls\":3,"
                + "\"notModified\":1,\"new\":7,\"duplicate\":2,\"rejected\":1,\"bytes\":9000,\"addedLater\":true}]}";

        List<StatusReport.FeedState> feeds = IngestFeeds.read(base() + "/", TIMEOUT);

        Instant at = Instant.parse("2026-12-03T05:00:00Z");
        assertEquals(List.of(new StatusReport.FeedState("المرصد", "news.example.org", at, at, null, null, 3, 1, 7, 2,
                1, 9000)), feeds);
    }

    @Test
    void shouldReadNullsAndZerosWhenAnOlderServiceLeavesFieldsOut() {
        body = "{\"feeds\":[{\"name\":\"المرصد\"}]}";

        StatusReport.FeedState feed = IngestFeeds.read(base() + IngestFeeds.PATH, TIMEOUT).get(0);

        assertNull(feed.lastPoll());
        assertEquals(0, feed.polls());
    }

    @Test
    void shouldFailNamingTheUrlWhenTheServiceAnswersAnotherStatusOrNotAList() {
        status = 503;
        IllegalStateException unavailable = assertThrows(IllegalStateException.class, () -> IngestFeeds.read(base(), TIMEOUT));
        assertEquals("cannot read the feeds from the ingest service at " + base() + IngestFeeds.PATH
                + ": answered HTTP 503", unavailable.getMessage());

        status = 200;
        body = "<html>";
        IllegalStateException notJson = assertThrows(IllegalStateException.class, () -> IngestFeeds.read(base(), TIMEOUT));
        assertTrue(notJson.getMessage().contains(base() + IngestFeeds.PATH + ": not a feed list"), notJson.getMessage());
    }

    @Test
    void shouldFailNamingTheUrlWhenNothingListens() {
        String url = base();
        server.stop(0);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> IngestFeeds.read(url, TIMEOUT));

        assertTrue(e.getMessage().startsWith("cannot read the feeds from the ingest service at " + url + IngestFeeds.PATH
                + ": no answer"), e.getMessage());
    }
}
