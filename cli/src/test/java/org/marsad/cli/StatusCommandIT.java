package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marsad.cli.CliRun.marsad;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.KafkaBroker;
import org.marsad.config.ClusterConfig;
import org.marsad.config.MarsadConfig;
import org.marsad.fixtures.TestKafka;
import org.marsad.fixtures.TestStreams;
import org.marsad.http.EmbeddedHttpServer;
import org.marsad.http.HttpLimits;
import org.marsad.ingest.feed.FeedBoard;
import org.marsad.ingest.feed.FeedPollResult;
import org.marsad.ingest.feed.FeedSpec;
import org.marsad.ingest.feed.FeedsRoute;
import org.marsad.model.Json;
import org.marsad.model.Topics;

/** {@code marsad status} on a running pipeline, and against a broker that is not there. */
class StatusCommandIT {

    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @TempDir
    static Path dataDir;
    private static KafkaBroker broker;
    private static LocalPipeline pipeline;

    @BeforeAll
    static void start() {
        broker = TestKafka.start(dataDir.resolve("broker"));
        pipeline = LocalPipeline.start(MarsadConfig.parse(Map.of(ClusterConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers())),
                dataDir, false, 0, TestStreams.FAST);
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
        broker.close();
    }

    @Test
    void shouldReportLagFallingToZeroWhenThePipelineHasEnrichedAndIndexedEverything() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            lines.append(Json.MAPPER.writeValueAsString(Map.of("id", "status-" + i, "title", "خبر رقم " + i,
                    "body", "افتتحت البلدية حديقة عامة جديدة رقم " + i + " في الحي الشمالي.", "language", "ar")))
                    .append('\n');
        }
        Path file = Files.writeString(dataDir.resolve("status.jsonl"), lines.toString());
        assertEquals(0, marsad("ingest", file.toString(), "--bootstrap-servers", broker.bootstrapServers()).code());

        List<Long> lags = new ArrayList<>();
        JsonNode status = null;
        Instant deadline = Instant.now().plus(DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            CliRun result = marsad("status", "--json", "--bootstrap-servers", broker.bootstrapServers());
            assertEquals(0, result.code(), result::toString);
            status = Json.MAPPER.readTree(result.out());
            long lag = totalLag(status);
            lags.add(lag);
            if (lag == 0 && committedEverywhere(status)) {
                break;
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        assertTrue(committedEverywhere(status) && totalLag(status) == 0, "lag never reached 0: " + lags);
        assertTrue(offsets(status, Topics.INDEX) >= 20, "the index topic holds the 20 documents and markers: " + status);
        long rawBytes = 0;
        for (JsonNode partition : topic(status, Topics.RAW).path("partitions")) {
            rawBytes += partition.path("bytes").asLong();
        }
        assertTrue(rawBytes > 0, "the raw topic's bytes on disk: " + status);
        assertEquals(List.of(), Json.MAPPER.convertValue(status.path("replays"), List.class));

        CliRun readable = marsad("status", "--bootstrap-servers", broker.bootstrapServers());
        assertEquals(0, readable.code(), readable::toString);
        assertTrue(readable.out().contains("marsad-enrich") && readable.out().contains(Topics.DLQ), readable.out());
    }

    /** #16 item 4: the ingest service's feeds, read from its {@code /api/feeds} (served here by the real route). */
    @Test
    void shouldShowTheIngestServicesFeedsWhenGivenItsUrl() throws Exception {
        FeedSpec feed = new FeedSpec("https://news.example.org/rss.xml", "نشرة الحالة", Duration.ofMinutes(5), false);
        FeedBoard board = new FeedBoard(new SimpleMeterRegistry(), Clock.systemUTC());
        board.register(List.of(feed));
        board.polled(new FeedPollResult(feed, FeedPollResult.Status.FETCHED, 3, null, 0, feed.interval(),
                new FeedPollResult.Counts(1200, 2, 1, Map.of())));
        try (EmbeddedHttpServer ingest = EmbeddedHttpServer.start("127.0.0.1", 0, HttpLimits.defaults(),
                List.of(FeedsRoute.route(board)))) {
            String url = "http://127.0.0.1:" + ingest.port();

            CliRun json = marsad("status", "--json", "--ingest-url", url, "--bootstrap-servers", broker.bootstrapServers());
            CliRun text = marsad("status", "--ingest-url", url, "--bootstrap-servers", broker.bootstrapServers());

            assertEquals(0, json.code(), json::toString);
            JsonNode served = Json.MAPPER.readTree(json.out()).path("feeds").get(0);
            assertEquals("نشرة الحالة", served.path("name").asText(), json.out());
            assertEquals(2, served.path("new").asLong());
            assertEquals(1, served.path("duplicate").asLong());
            assertEquals(1, served.path("polls").asLong());
            assertEquals(0, text.code(), text::toString);
            assertTrue(text.out().contains("نشرة الحالة"), text.out());
        }
        assertTrue(Json.MAPPER.readTree(marsad("status", "--json", "--bootstrap-servers", broker.bootstrapServers())
                .out()).path("feeds").isMissingNode(), "no feeds key without --ingest-url");
    }

    @Test
    void shouldFailNamingTheIngestUrlWhenItDoesNotAnswer() {
        CliRun result = marsad("status", "--ingest-url", "http://127.0.0.1:1", "--timeout", "3s",
                "--bootstrap-servers", broker.bootstrapServers());

        assertEquals(1, result.code(), result::toString);
        assertTrue(result.err().contains("cannot read the feeds from the ingest service at http://127.0.0.1:1/api/feeds"),
                result.err());
    }

    @Test
    void shouldFailWithinTheTimeoutNamingTheAddressWhenNoBrokerListens() {
        Instant started = Instant.now();

        CliRun result = marsad("status", "--bootstrap-servers", "127.0.0.1:1", "--timeout", "3s");

        assertEquals(1, result.code(), result::toString);
        assertTrue(result.err().contains("cannot read the status from Kafka at 127.0.0.1:1"), result.err());
        Duration took = Duration.between(started, Instant.now());
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "gave up after " + took);
    }

    private static long totalLag(JsonNode status) {
        long lag = 0;
        for (JsonNode group : status.path("groups")) {
            for (JsonNode partition : group.path("partitions")) {
                lag += partition.path("lag").asLong();
            }
        }
        return lag;
    }

    /** Both stage groups have committed on every partition of their input topic. */
    private static boolean committedEverywhere(JsonNode status) {
        Map<String, String> inputs = Map.of("marsad-enrich", Topics.RAW, "marsad-sink", Topics.ENRICHED);
        for (JsonNode group : status.path("groups")) {
            String input = inputs.get(group.path("group").asText());
            long committed = 0;
            for (JsonNode partition : group.path("partitions")) {
                if (partition.path("topic").asText().equals(input)) {
                    committed++;
                }
            }
            if (committed != topic(status, input).path("partitions").size()) {
                return false;
            }
        }
        return status.path("groups").size() == 2;
    }

    private static long offsets(JsonNode status, String name) {
        long offsets = 0;
        for (JsonNode partition : topic(status, name).path("partitions")) {
            offsets += partition.path("endOffset").asLong() - partition.path("startOffset").asLong();
        }
        return offsets;
    }

    private static JsonNode topic(JsonNode status, String name) {
        for (JsonNode topic : status.path("topics")) {
            if (topic.path("name").asText().equals(name)) {
                return topic;
            }
        }
        throw new AssertionError("no topic " + name + " in " + status);
    }
}
