package org.marsad.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #14: every hop of a fetch passes the address policy. The injected resolver maps fake names to
 * 127.0.0.1 (the test server) and to internal addresses that are refused before any connection, so no
 * packet leaves this machine.
 */
class FeedFetcherTest {

    private final List<String> requested = new CopyOnWriteArrayList<>();
    private final List<String> sentHeaders = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private FeedFetcher fetcher;

    private static List<InetAddress> resolve(String host) throws UnknownHostException {
        return switch (host) {
            case "feeds.example", "other.example" -> List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
            case "metadata.test" -> List.of(InetAddress.getByAddress(host, new byte[] {(byte) 169, (byte) 254, (byte) 169, (byte) 254}));
            case "intranet.test" -> List.of(InetAddress.getByAddress(host, new byte[] {10, 0, 0, 7}));
            // IP literals are parsed, never looked up; any other name fails, so nothing asks real DNS.
            default -> {
                if (!host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
                    throw new UnknownHostException(host + " (the test resolver knows no other name)");
                }
                yield List.of(InetAddress.getByName(host));
            }
        };
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            requested.add(exchange.getRequestURI().getPath());
            sentHeaders.add(exchange.getRequestHeaders().getFirst("Host").split(":")[0] + " key="
                    + exchange.getRequestHeaders().getFirst("X-Api-Key") + " agent="
                    + exchange.getRequestHeaders().getFirst("User-Agent"));
            serve(exchange);
        });
        server.start();
        fetcher = new FeedFetcher(Duration.ofSeconds(2), Duration.ofMillis(1500), 5, 1_000_000, "Marsad/test",
                FeedFetcherTest::resolve, Duration.ofMinutes(10), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.stop(0);
    }

    private String at(String host, String path) {
        return "http://" + host + ":" + server.getAddress().getPort() + path;
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        if (path.equals("/to")) {
            exchange.getResponseHeaders().set("Location", query);
            exchange.sendResponseHeaders(302, -1);
        } else if (path.equals("/busy")) {
            exchange.getResponseHeaders().set("Retry-After", query);
            exchange.sendResponseHeaders(429, -1);
        } else if (path.startsWith("/slow")) {
            // A slow server: each hop answers within its own share of the time-out, but not all of them together.
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(600));
            int hop = Integer.parseInt(path.substring("/slow".length()));
            exchange.getResponseHeaders().set("Location", hop == 3 ? "/feed.xml" : "/slow" + (hop + 1));
            exchange.sendResponseHeaders(302, -1);
        } else {
            byte[] body = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    private String refusal(String feed, boolean trusted) {
        return assertThrows(FeedFailedException.class, () -> fetcher.fetch(feed, trusted, CacheValidators.NONE)).getMessage();
    }

    @Test
    void shouldFetchWhenFeedsOwnHostIsInternal() {
        assertFalse(fetcher.fetch(at("feeds.example", "/feed.xml"), false, CacheValidators.NONE).notModified());
        assertEquals(List.of("/feed.xml"), requested);
    }

    @Test
    void shouldRefuseRedirectToLinkLocalMetadataAddressBeforeConnecting() {
        String feed = at("feeds.example", "/to?http://metadata.test/latest/meta-data/");
        assertEquals("Feed " + feed + ": refused metadata.test at 169.254.169.254 (link-local address): only a feed"
                + " marked trusted, or the feed's own host, may be reached there", refusal(feed, false));
        assertEquals(List.of("/to"), requested);
    }

    @Test
    void shouldRefuseRedirectToAnotherLoopbackOrPrivateHostWhenFeedIsNotTrusted() {
        String loopback = at("feeds.example", "/to?" + at("other.example", "/feed.xml"));
        assertEquals("Feed " + loopback + ": refused other.example at 127.0.0.1 (loopback address): only a feed"
                + " marked trusted, or the feed's own host, may be reached there", refusal(loopback, false));
        assertEquals(List.of("/to"), requested, "the server at 127.0.0.1 never saw /feed.xml");
        String literal = at("feeds.example", "/to?http://10.1.2.3/feed.xml");
        assertEquals("Feed " + literal + ": refused 10.1.2.3 at 10.1.2.3 (private address): only a feed"
                + " marked trusted, or the feed's own host, may be reached there", refusal(literal, false));
    }

    @Test
    void shouldFollowRedirectToAnotherInternalHostWhenFeedIsTrusted() {
        assertFalse(fetcher.fetch(at("feeds.example", "/to?" + at("other.example", "/feed.xml")), true,
                CacheValidators.NONE).notModified());
        assertEquals(List.of("/to", "/feed.xml"), requested);
    }

    @Test
    void shouldRefuseLinkLocalFeedUnlessTrusted() {
        assertEquals("Feed http://metadata.test/: refused metadata.test at 169.254.169.254 (link-local address): only"
                + " a feed marked trusted, or the feed's own host, may be reached there",
                refusal("http://metadata.test/", false));
    }

    @Test
    void shouldRefuseOtherSchemesForTheFeedAndItsRedirects() {
        assertEquals("Feed file:///etc/passwd: not an http(s) URL: file:///etc/passwd", refusal("file:///etc/passwd", false));
        String feed = at("feeds.example", "/to?file:///etc/passwd");
        assertEquals("Feed " + feed + ": redirect to not an http(s) URL: file:///etc/passwd", refusal(feed, true));
    }

    @Test
    void shouldCarryTheCappedRetryAfterWhenServerAnswers429() {
        FeedFailedException seconds = assertThrows(FeedFailedException.class,
                () -> fetcher.fetch(at("feeds.example", "/busy?120"), false, CacheValidators.NONE));
        assertEquals(Duration.ofSeconds(120), seconds.retryAfter());
        FeedFailedException capped = assertThrows(FeedFailedException.class,
                () -> fetcher.fetch(at("feeds.example", "/busy?3600"), false, CacheValidators.NONE));
        assertEquals(Duration.ofMinutes(10), capped.retryAfter(), "capped by marsad.feeds.retry.after.max");
    }

    @Test
    void shouldFailWithinOneTimeOutWhenRedirectHopsTogetherTakeLonger() {
        String feed = at("feeds.example", "/slow1");
        assertEquals("Feed " + feed + ": no complete response within PT1.5S (marsad.feeds.read.timeout, redirects"
                + " included)", refusal(feed, false));
    }

    /** #17: a feed's own headers reach its host, override the default User-Agent, and never follow a redirect away. */
    @Test
    void shouldSendFeedHeadersToFeedsHostOnlyWhenRedirectedElsewhere() {
        FeedHeaders headers = FeedHeaders.NONE.with("X-Api-Key:${KEY}", name -> "k-123")
                .with("User-Agent:PublisherAskedFor/2", name -> null);
        fetcher.fetch(at("feeds.example", "/to?" + at("other.example", "/feed.xml")), true, CacheValidators.NONE,
                headers);
        assertEquals(List.of("feeds.example key=k-123 agent=PublisherAskedFor/2",
                "other.example key=null agent=Marsad/test"), sentHeaders);
    }
}
