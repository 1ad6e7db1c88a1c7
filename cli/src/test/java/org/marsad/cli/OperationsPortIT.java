package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.KafkaBroker;
import org.marsad.config.ClusterConfig;
import org.marsad.config.HttpKeys;
import org.marsad.config.MarsadConfig;
import org.marsad.fixtures.Poll;
import org.marsad.fixtures.TestArticles;
import org.marsad.fixtures.TestKafka;
import org.marsad.fixtures.TestStreams;

/**
 * The operations port of a whole pipeline in one process (as {@code up} runs it): the meters move with the work
 * done, the search API shares the port, and readiness names the stage that stopped.
 */
class OperationsPortIT {

    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final int ARTICLES = 5;

    @TempDir
    static Path dataDir;

    private static KafkaBroker broker;
    private static LocalPipeline pipeline;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        broker = TestKafka.start(dataDir.resolve("broker"));
        MarsadConfig config = MarsadConfig.parse(Map.of(ClusterConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(), HttpKeys.PORT, String.valueOf(FreePort.find())));
        pipeline = LocalPipeline.start(config, dataDir, false, 0, TestStreams.FAST);
        pipeline.serveOperations();
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
        broker.close();
    }

    @Test
    void shouldCountTheWorkDoneAndTurnNotReadyWhenAStreamsStageStops() throws Exception {
        Poll.until("/health/ready answers 200", DEADLINE, () -> get("/health/ready").statusCode() == 200);
        assertEquals(200, get("/health/live").statusCode());
        // In through the pipeline's own ingest stage, so its meters count too.
        Path file = dataDir.resolve("ops-articles.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < ARTICLES; i++) {
                out.write(TestArticles.json(TestArticles.article("ops-" + i, i)));
                out.write('\n');
            }
        }
        assertEquals(ARTICLES, pipeline.ingest().importPath(file).written());

        Poll.until(ARTICLES + " articles written to the index", DEADLINE,
                () -> meter(scrape(), "marsad_sink_updates_total", "outcome=\"written\"") == ARTICLES);
        String metrics = scrape();
        assertEquals(1, meter(metrics, "marsad_ingest_files_total", ""), metrics);
        assertEquals(ARTICLES, meter(metrics, "marsad_enrich_articles_total", "outcome=\"enriched\""), metrics);
        assertEquals(ARTICLES, meter(metrics, "marsad_pipeline_ingest_to_index_seconds_count", ""), metrics);
        assertTrue(metrics.contains("kafka_stream_"), "the Streams clients' meters are bound");
        assertTrue(metrics.contains("jvm_memory_used_bytes"), "the JVM meters are bound");
        HttpResponse<String> search = get("/api/search?q=" + "ops");
        assertEquals(200, search.statusCode(), search::body);

        pipeline.enrich().close();

        HttpResponse<String> ready = get("/health/ready");
        assertEquals(503, ready.statusCode(), ready::body);
        assertTrue(ready.body().contains("\"enrich\":{\"status\":\"DOWN\""), ready.body());
        assertTrue(ready.body().contains("\"sink\":{\"status\":\"UP\""), ready.body());
        assertTrue(ready.body().contains("\"ingest\":{\"status\":\"UP\""), ready.body());
        assertEquals(200, get("/health/live").statusCode());
    }

    private String scrape() {
        HttpResponse<String> response = get("/metrics");
        assertEquals(200, response.statusCode());
        return response.body();
    }

    /** The value of one sample, or -1 when it is not exported (yet). */
    private static double meter(String scrape, String name, String tag) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$").matcher(scrape);
        while (line.find()) {
            if (line.group(1) == null ? tag.isEmpty() : line.group(1).contains(tag)) {
                return Double.parseDouble(line.group(2));
            }
        }
        return -1;
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + pipeline.operations().port()
                    + path)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
