package org.marsad.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Counter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operations routes on a real Jetty server, asked over HTTP. */
class OperationsRoutesTest {

    private final OperationsMetrics metrics = OperationsMetrics.withJvmMetrics();
    private final AtomicBoolean streamsUp = new AtomicBoolean(true);
    private final Readiness readiness = new Readiness()
            .with("streams", () -> streamsUp.get() ? HealthStatus.up("RUNNING") : HealthStatus.down("Kafka Streams is ERROR"))
            .with("broker", () -> HealthStatus.up("reachable"));
    private final HttpClient client = HttpClient.newHttpClient();
    private Server server;
    private String base;

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        PathMappingsHandler routes = new PathMappingsHandler();
        routes.addMapping(PathSpec.from(OperationsRoutes.METRICS), OperationsRoutes.metrics(metrics));
        routes.addMapping(PathSpec.from(OperationsRoutes.LIVE), OperationsRoutes.live());
        routes.addMapping(PathSpec.from(OperationsRoutes.READY), OperationsRoutes.ready(readiness));
        server.setHandler(routes);
        server.start();
        base = "http://127.0.0.1:" + connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
        metrics.close();
    }

    @Test
    void shouldExposeJvmAndStageMetersInPrometheusFormatWhenScraped() throws Exception {
        Counter.builder("marsad.test.articles").tag("outcome", "enriched").register(metrics.registry()).increment(3);

        HttpResponse<String> response = get(OperationsRoutes.METRICS);

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("content-type").orElseThrow().startsWith("text/plain; version=0.0.4"));
        assertTrue(response.body().contains("marsad_test_articles_total{outcome=\"enriched\"} 3.0"), response.body());
        assertTrue(response.body().contains("jvm_memory_used_bytes"), "JVM meters are bound");
    }

    @Test
    void shouldAnswerLiveWhateverTheChecksSay() throws Exception {
        streamsUp.set(false);

        HttpResponse<String> response = get(OperationsRoutes.LIVE);

        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"UP\"}", response.body());
    }

    @Test
    void shouldAnswer503NamingTheFailingCheckWhenOneCheckIsDown() throws Exception {
        assertEquals(200, get(OperationsRoutes.READY).statusCode());

        streamsUp.set(false);
        HttpResponse<String> response = get(OperationsRoutes.READY);

        assertEquals(503, response.statusCode());
        assertEquals("{\"status\":\"DOWN\",\"checks\":{\"broker\":{\"status\":\"UP\",\"detail\":\"reachable\"},"
                + "\"streams\":{\"status\":\"DOWN\",\"detail\":\"Kafka Streams is ERROR\"}}}", response.body());
    }

    @Test
    void shouldRefuseOtherMethodsWith405() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + OperationsRoutes.READY))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(405, response.statusCode());
        assertEquals("GET, HEAD", response.headers().firstValue("allow").orElseThrow());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
