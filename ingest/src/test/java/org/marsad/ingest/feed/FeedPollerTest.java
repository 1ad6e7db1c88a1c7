package org.marsad.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.ArticleFinisher;
import org.marsad.ingest.ArticleIntake;
import org.marsad.ingest.CollectingSink;
import org.marsad.ingest.Rejection;

class FeedPollerTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final CountDownLatch releaseSlow = new CountDownLatch(1);
    private final List<FeedPollResult> results = new CopyOnWriteArrayList<>();
    private final List<Rejection> rejections = new CopyOnWriteArrayList<>();
    private final CollectingSink sink = new CollectingSink();
    private final ExecutorService serverThreads = Executors.newCachedThreadPool();
    private HttpServer server;
    private FeedFetcher fetcher;
    private FeedPoller poller;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(serverThreads);
        server.start();
    }

    @AfterEach
    void stop() {
        releaseSlow.countDown();
        if (poller != null) {
            poller.close();
            fetcher.close();
        }
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void startPoller(Duration readTimeout, long maxBytes, FeedSpec... feeds) {
        startPoller(readTimeout, maxBytes, new FeedParser(100, 256), feeds);
    }

    private void startPoller(Duration readTimeout, long maxBytes, FeedParser parser, FeedSpec... feeds) {
        ArticleIntake intake = new ArticleIntake(new ArticleFinisher(Clock.systemUTC(), 2_000_000), sink, rejections::add);
        fetcher = new FeedFetcher(Duration.ofSeconds(2), readTimeout, 3, maxBytes, "Marsad/test", HostResolver.SYSTEM,
                Duration.ofSeconds(2), Clock.systemUTC());
        poller = new FeedPoller(fetcher,
                parser, intake, new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), () -> 0.0),
                Executors.newScheduledThreadPool(2), results::add, maxBytes);
        poller.start(List.of(feeds));
    }

    private static FeedSpec feed(String url) {
        return new FeedSpec(url, null, Duration.ofMillis(50), false);
    }

    private List<FeedPollResult> resultsOf(String url) {
        return results.stream().filter(r -> r.feed().location().equals(url)).toList();
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body == null ? -1 : body.length);
        if (body != null) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    @Test
    void shouldSendConditionalGetAndProduceNothingWhenServerAnswers304() {
        List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
        List<String> userAgents = new CopyOnWriteArrayList<>();
        server.createContext("/etag.xml", exchange -> {
            ifNoneMatch.add(String.valueOf(exchange.getRequestHeaders().getFirst("If-None-Match")));
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                respond(exchange, 304, null, null);
            } else {
                exchange.getResponseHeaders().set("ETag", "\"v1\"");
                respond(exchange, 200, "application/rss+xml", Fixtures.bytes("/feeds/rss_2.0.xml"));
            }
        });
        startPoller(Duration.ofSeconds(5), 1_000_000, feed(url("/etag.xml")));
        CollectingSink.await("three polls", WAIT, () -> results.size() >= 3);
        assertEquals(FeedPollResult.Status.FETCHED, results.get(0).status());
        assertEquals(FeedPollResult.Status.NOT_MODIFIED, results.get(1).status());
        assertEquals(FeedPollResult.Status.NOT_MODIFIED, results.get(2).status());
        assertEquals(List.of("null", "\"v1\"", "\"v1\""), ifNoneMatch.subList(0, 3));
        assertEquals("Marsad/test", userAgents.get(0));
        assertEquals(4, sink.articles.size(), "the 304 polls add nothing");
        assertEquals(4, results.get(0).counts().fresh());
        assertEquals(Fixtures.bytes("/feeds/rss_2.0.xml").length, results.get(0).counts().bytes());
        assertEquals(FeedPollResult.Counts.NONE, results.get(1).counts());
    }

    @Test
    void shouldBackOffAndRecoverWhenServerFailsOnce() {
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/flaky.xml", exchange -> {
            if (requests.incrementAndGet() == 1) {
                respond(exchange, 500, "text/plain", "down".getBytes());
            } else {
                respond(exchange, 200, "application/rss+xml", Fixtures.bytes("/feeds/rss_1.0.xml"));
            }
        });
        startPoller(Duration.ofSeconds(5), 1_000_000, feed(url("/flaky.xml")));
        CollectingSink.await("a poll after the failure", WAIT, () -> results.size() >= 2);
        FeedPollResult failed = results.get(0);
        assertEquals(FeedPollResult.Status.FAILED, failed.status());
        assertEquals("Feed " + url("/flaky.xml") + ": HTTP status 500 from " + url("/flaky.xml"), failed.error());
        assertEquals(Duration.ofMillis(50), failed.nextDelay(), "half of the 100 ms initial backoff, jitter 0");
        assertEquals(FeedPollResult.Status.FETCHED, results.get(1).status());
        assertEquals(0, results.get(1).failuresInARow());
        assertEquals(Duration.ofMillis(50), results.get(1).nextDelay(), "back to the feed's interval");
        assertEquals("تدشين خط حافلات جديد", sink.articles.get(0).title());
        assertEquals(url("/flaky.xml"), rejections.get(0).source());
    }

    @Test
    void shouldKeepPollingFastFeedWhenSlowFeedHangs() {
        AtomicInteger slowStarted = new AtomicInteger();
        server.createContext("/slow.xml", exchange -> {
            slowStarted.incrementAndGet();
            try {
                releaseSlow.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "application/rss+xml", Fixtures.bytes("/feeds/rss_1.0.xml"));
        });
        server.createContext("/fast.xml", exchange -> respond(exchange, 200, "application/atom+xml",
                Fixtures.bytes("/feeds/atom_1.0.xml")));
        startPoller(Duration.ofSeconds(60), 1_000_000, feed(url("/slow.xml")), feed(url("/fast.xml")));
        CollectingSink.await("five polls of the fast feed", WAIT, () -> resultsOf(url("/fast.xml")).size() >= 5);
        assertEquals(1, slowStarted.get(), "the slow feed is still in its first poll, never overlapped");
        assertEquals(List.of(), resultsOf(url("/slow.xml")));
        assertTrue(resultsOf(url("/fast.xml")).stream().allMatch(r -> r.status() == FeedPollResult.Status.FETCHED));
    }

    @Test
    void shouldFailPollAndBackOffWhenResponseIsSlowerThanReadTimeout() {
        server.createContext("/stalled.xml", exchange -> {
            try {
                releaseSlow.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "application/rss+xml", Fixtures.bytes("/feeds/rss_1.0.xml"));
        });
        startPoller(Duration.ofMillis(300), 1_000_000, feed(url("/stalled.xml")));
        CollectingSink.await("a failed poll", WAIT, () -> !results.isEmpty());
        FeedPollResult result = results.get(0);
        assertEquals(FeedPollResult.Status.FAILED, result.status());
        assertEquals("Feed " + url("/stalled.xml") + ": no complete response within PT0.3S (marsad.feeds.read.timeout, redirects"
                + " included)",
                result.error());
        assertEquals(Duration.ofMillis(50), result.nextDelay());
    }

    @Test
    void shouldRejectBodyWhenItPassesTheSizeLimit() {
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(tenMegabytes, (byte) ' ');
        server.createContext("/huge.xml", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(tenMegabytes);
            } catch (IOException e) {
                // The client hangs up once the limit is passed; that is the behaviour under test.
                exchange.close();
            }
        });
        server.createContext("/declared.xml", exchange -> respond(exchange, 200, "application/rss+xml", tenMegabytes));
        startPoller(Duration.ofSeconds(10), 5 * 1024 * 1024, feed(url("/huge.xml")), feed(url("/declared.xml")));
        CollectingSink.await("both polls", WAIT, () -> !resultsOf(url("/huge.xml")).isEmpty()
                && !resultsOf(url("/declared.xml")).isEmpty());
        FeedPollResult chunked = resultsOf(url("/huge.xml")).get(0);
        assertEquals(FeedPollResult.Status.FAILED, chunked.status());
        assertEquals("Feed " + url("/huge.xml") + ": response body passed 5242880 bytes, over the limit of 5242880"
                + " (marsad.feeds.max.bytes)", chunked.error());
        assertEquals("Feed " + url("/declared.xml") + ": response body declares 10485760 bytes, over the limit of 5242880"
                + " (marsad.feeds.max.bytes)", resultsOf(url("/declared.xml")).get(0).error());
    }

    @Test
    void shouldFailFeedClearlyWhenServedHtmlOrDoctypeWhileOthersSucceed() {
        server.createContext("/page", exchange -> respond(exchange, 200, "text/html; charset=utf-8",
                Fixtures.bytes("/feeds/page.html")));
        server.createContext("/xxe.xml", exchange -> respond(exchange, 200, "application/rss+xml",
                Fixtures.bytes("/feeds/rss_2.0_xxe.xml")));
        server.createContext("/legacy.xml", exchange -> respond(exchange, 200, "text/xml; charset=windows-1256",
                Fixtures.bytes("/feeds/rss_2.0_windows-1256_no_prolog_charset.xml")));
        startPoller(Duration.ofSeconds(5), 1_000_000, feed(url("/page")), feed(url("/xxe.xml")), feed(url("/legacy.xml")));
        CollectingSink.await("a poll of each feed", WAIT, () -> !resultsOf(url("/page")).isEmpty()
                && !resultsOf(url("/xxe.xml")).isEmpty() && !resultsOf(url("/legacy.xml")).isEmpty());
        assertEquals("Feed " + url("/page") + ": served an HTML page, not a feed", resultsOf(url("/page")).get(0).error());
        assertTrue(resultsOf(url("/xxe.xml")).get(0).error().contains("declares a DOCTYPE"));
        assertNull(resultsOf(url("/legacy.xml")).get(0).error());
        assertEquals("ارتفاع منسوب مياه السد بعد الأمطار", sink.articles.get(0).title());
    }

    @Test
    void shouldFollowRedirectsWithinTheLimitWhenFeedMoved() {
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "/feed.xml");
            respond(exchange, 301, null, null);
        });
        server.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().set("Location", "/loop");
            respond(exchange, 302, null, null);
        });
        server.createContext("/feed.xml", exchange -> respond(exchange, 200, "application/rss+xml",
                Fixtures.bytes("/feeds/rss_1.0.xml")));
        startPoller(Duration.ofSeconds(5), 1_000_000, feed(url("/moved")), feed(url("/loop")));
        CollectingSink.await("a poll of each feed", WAIT, () -> !resultsOf(url("/moved")).isEmpty()
                && !resultsOf(url("/loop")).isEmpty());
        assertEquals(FeedPollResult.Status.FETCHED, resultsOf(url("/moved")).get(0).status());
        assertEquals("Feed " + url("/loop") + ": more than 3 redirects (marsad.feeds.max.redirects)",
                resultsOf(url("/loop")).get(0).error());
    }

    @Test
    void shouldWaitTheCappedRetryAfterWhenFeedAnswers503() {
        server.createContext("/busy.xml", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "3600");
            respond(exchange, 503, "text/plain", "busy".getBytes());
        });
        startPoller(Duration.ofSeconds(5), 1_000_000, feed(url("/busy.xml")));
        CollectingSink.await("a failed poll", WAIT, () -> !results.isEmpty());
        assertEquals(FeedPollResult.Status.FAILED, results.get(0).status());
        assertEquals(Duration.ofSeconds(2), results.get(0).nextDelay(),
                "Retry-After 3600 s capped by marsad.feeds.retry.after.max, longer than the 50 ms backoff");
    }

    private static byte[] nested(int depth) {
        return ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>عنوان</title>"
                + "<description>" + "<x>".repeat(depth) + "</x>".repeat(depth) + "</description></item></channel></rss>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Issue #13: a feed nested 5,000 deep threw StackOverflowError, which ended the feed's schedule. */
    @Test
    void shouldKeepPollingAndNameTheLimitWhenFeedNestsDeeperThanIt() {
        byte[] deep = nested(5000);
        server.createContext("/deep.xml", exchange -> respond(exchange, 200, "application/rss+xml", deep));
        startPoller(Duration.ofSeconds(5), 1_000_000, feed(url("/deep.xml")));
        CollectingSink.await("two polls of the deep feed", WAIT, () -> resultsOf(url("/deep.xml")).size() >= 2);
        for (FeedPollResult result : resultsOf(url("/deep.xml")).subList(0, 2)) {
            assertEquals(FeedPollResult.Status.FAILED, result.status());
            assertEquals("Feed " + url("/deep.xml") + ": elements nested deeper than 256 (marsad.xml.max.depth)",
                    result.error());
        }
    }

    /** Without the depth limit the parser overflows the stack: the poll fails, the schedule goes on. */
    @Test
    void shouldKeepPollingWhenParsingOverflowsTheStack() {
        byte[] deep = nested(9000);
        server.createContext("/overflow.xml", exchange -> respond(exchange, 200, "application/rss+xml", deep));
        startPoller(Duration.ofSeconds(5), 1_000_000, new FeedParser(100, 10_000), feed(url("/overflow.xml")));
        CollectingSink.await("two polls of the feed", WAIT, () -> resultsOf(url("/overflow.xml")).size() >= 2);
        for (FeedPollResult result : resultsOf(url("/overflow.xml")).subList(0, 2)) {
            assertEquals(FeedPollResult.Status.FAILED, result.status());
            assertTrue(result.error().contains("StackOverflowError"), result.error());
        }
    }
}
