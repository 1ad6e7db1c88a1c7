package org.marsad.http;

import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The project's one embedded HTTP server (Jetty 12, core API, no servlets): routes on one port under
 * {@link HttpLimits}. Why Jetty: docs/ARCHITECTURE.md. Routes that do real work are {@link Route#queued
 * queued}, so they shed load with 503 while cheap routes such as {@code /health} keep answering.
 */
public final class EmbeddedHttpServer implements AutoCloseable {

    /** One exact path and its handler; {@code queued} puts it behind the request cap and queue. */
    public record Route(String path, Handler handler, boolean queued) {

        public Route {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(handler, "handler");
        }

        public static Route open(String path, Handler handler) {
            return new Route(path, handler, false);
        }

        public static Route queued(String path, Handler handler) {
            return new Route(path, handler, true);
        }
    }

    private final Server server;
    private final ServerConnector connector;

    private EmbeddedHttpServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** Binds {@code host:port} (0: any free port) and serves {@code routes}; fails naming the address. */
    public static EmbeddedHttpServer start(String host, int port, HttpLimits limits, List<Route> routes) {
        QueuedThreadPool threads = new QueuedThreadPool(limits.threads(), 2);
        threads.setName("marsad-http");
        // A handler still waiting on a client or the broker must not hold up shutdown for the default 5 s.
        threads.setStopTimeout(500);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.addBean(new HeaderDeadline(server.getScheduler(), limits.headerTimeout()));
        server.addConnector(connector);
        NetworkConnectionLimit connections = new NetworkConnectionLimit(limits.maxConnections(), server);
        // At the cap, idle connections are the ones to drop: shorten their time-out so waiting clients get in.
        connections.setEndPointIdleTimeout(Math.min(1000, limits.idleTimeout().toMillis()));
        server.addBean(connections);
        PathMappingsHandler mappings = new PathMappingsHandler();
        for (Route route : routes) {
            mappings.addMapping(PathSpec.from(route.path()),
                    route.queued() ? new RequestQueue(route.handler(), limits) : route.handler());
        }
        server.setHandler(mappings);
        try {
            server.start();
        } catch (Exception e) {
            stop(server);
            throw new IllegalStateException("Cannot start the HTTP server on " + host + ":" + port + ": " + e, e);
        }
        return new EmbeddedHttpServer(server, connector);
    }

    /** The bound port (useful when started on port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        stop(server);
    }

    private static void stop(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Stopping the HTTP server failed: " + e, e);
        }
    }
}
