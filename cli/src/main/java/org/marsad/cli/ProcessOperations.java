package org.marsad.cli;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.config.AbstractConfig;
import org.marsad.config.ClusterConfig;
import org.marsad.config.ConfigArea;
import org.marsad.config.HttpKeys;
import org.marsad.config.MarsadConfig;
import org.marsad.http.EmbeddedHttpServer;
import org.marsad.http.EmbeddedHttpServer.Route;
import org.marsad.http.HttpLimits;
import org.marsad.ops.BrokerReachability;
import org.marsad.ops.OperationsMetrics;
import org.marsad.ops.OperationsRoutes;
import org.marsad.ingest.IngestService;
import org.marsad.ops.HealthStatus;
import org.marsad.ops.Readiness;
import org.marsad.ops.StreamsReadiness;
import org.marsad.streams.StreamsStage;

/**
 * What one long-running process tells about itself: its one meter registry, its readiness checks, the first
 * failure of any of its Streams stages, and the operations port ({@code marsad.http.host:port}) that serves
 * {@code /metrics}, {@code /health/live}, {@code /health/ready} and the routes stages offer (the search API).
 * Stages register first; {@link #serve()} then opens the port once, with every route.
 */
final class ProcessOperations implements AutoCloseable {

    private final String host;
    private final int port;
    private final OperationsMetrics metrics = OperationsMetrics.withJvmMetrics();
    private final Readiness readiness = new Readiness();
    private final List<Route> routes = new ArrayList<>();
    private final List<AutoCloseable> watchers = new ArrayList<>();
    private final CompletableFuture<String> failure = new CompletableFuture<>();
    private EmbeddedHttpServer server;

    private ProcessOperations(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** The operations of a process configured by {@code config} ({@link HttpKeys}); nothing is served yet. */
    static ProcessOperations from(MarsadConfig config) {
        AbstractConfig http = config.area(ConfigArea.HTTP);
        return new ProcessOperations(http.getString(HttpKeys.HOST), http.getInt(HttpKeys.PORT));
    }

    /** Where stages register their own meters: the registry {@code /metrics} exports. */
    MeterRegistry registry() {
        return metrics.registry();
    }

    /** Exposes the stage's Streams metrics, makes its state a readiness check, and reports its failure. */
    StreamsStage watch(String name, StreamsStage stage) {
        metrics.bind(stage.streams());
        readiness.with(name, new StreamsReadiness(stage::state));
        stage.failure().thenAccept(reason -> failure.complete("the " + name + " stage failed: " + reason));
        return stage;
    }

    /** Adds the readiness check {@code kafka}: whether the cluster answers, asked in the background. */
    void watchBroker(ClusterConfig cluster) {
        BrokerReachability broker = BrokerReachability.watch(cluster.clientBase(), metrics);
        watchers.add(broker);
        readiness.with("kafka", broker);
    }

    /** Adds the readiness check {@code ingest}: whether the latest article write was acknowledged. */
    void watchIngest(IngestService ingest) {
        readiness.with("ingest", () -> ingest.lastWriteFailure()
                .map(reason -> HealthStatus.down("the latest article write failed: " + reason))
                .orElseGet(() -> HealthStatus.up("no article write failed since the latest acknowledged one")));
    }

    /** Routes a stage offers (the search API), served on the same port as the operations routes. */
    void mount(List<Route> stageRoutes) {
        routes.addAll(stageRoutes);
    }

    /** Completes with the reason when any watched Streams stage fails; the process must then exit 1. */
    CompletableFuture<String> failure() {
        return failure;
    }

    /** Opens the operations port unless it is 0; returns a line saying where it listens. */
    String serve() {
        if (port == 0) {
            return "operations port off (" + HttpKeys.PORT + "=0)";
        }
        List<Route> all = new ArrayList<>(OperationsRoutes.routes(metrics, readiness));
        all.addAll(routes);
        server = EmbeddedHttpServer.start(host, port, HttpLimits.defaults(), all);
        return "operations on http://" + host + ":" + server.port() + " (/metrics, /health/ready"
                + (routes.isEmpty() ? "" : ", /api/search") + ")";
    }

    /** The bound operations port, or 0 when it is off or not served yet. */
    int port() {
        return server == null ? 0 : server.port();
    }

    /** Stops the port first, so nothing is asked of stages that are closing, then the watchers and meters. */
    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        for (AutoCloseable watcher : watchers) {
            try {
                watcher.close();
            } catch (Exception e) {
                System.err.println("marsad: error while stopping a health check: " + e.getMessage());
            }
        }
        metrics.close();
    }
}
