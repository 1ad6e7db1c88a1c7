package org.marsad.ingest.push;

import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.server.Handler;
import org.marsad.ingest.ArticleIntake;
import org.marsad.http.EmbeddedHttpServer;
import org.marsad.http.HttpLimits;
import org.marsad.http.LiveHandler;

/**
 * The HTTP push endpoint on the {@link EmbeddedHttpServer}: {@code POST /articles} ({@link ArticlesRoute}),
 * queued under the request cap, and {@code GET /health}, an alias of the operations port's {@code /health/live}
 * ({@link LiveHandler}), which answers 200 whatever the push route is doing.
 */
public final class PushServer implements AutoCloseable {

    private final EmbeddedHttpServer server;

    private PushServer(EmbeddedHttpServer server) {
        this.server = server;
    }

    /**
     * Binds {@code host:port} (0 for any free port) and starts serving.
     *
     * @param tokens who may push ({@link PushTokens#none()}: anyone, untrusted)
     * @param maxBodyBytes largest body read; a larger declared or sent body gets 413
     * @param ackTimeout how long a push waits for the broker before answering 503
     * @param meters counts each answer of the push route
     */
    public static PushServer start(String host, int port, PushTokens tokens, long maxBodyBytes, Duration ackTimeout,
            HttpLimits limits, ArticleIntake intake, PushMeters meters) {
        Handler articles = meters.counting(
                new ArticlesRoute(intake, tokens, maxBodyBytes, ackTimeout, limits.bodyTimeout()));
        return new PushServer(EmbeddedHttpServer.start(host, port, limits, List.of(
                EmbeddedHttpServer.Route.open("/health", new LiveHandler()),
                EmbeddedHttpServer.Route.queued("/articles", articles))));
    }

    /** The bound port (useful when started on port 0). */
    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
    }
}
