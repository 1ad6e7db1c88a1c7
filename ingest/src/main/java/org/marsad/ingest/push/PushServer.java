package org.marsad.ingest.push;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.marsad.ingest.ArticleIntake;
import org.marsad.ingest.ArticleTooLargeException;
import org.marsad.ingest.FinishedArticle;
import org.marsad.ingest.InvalidArticleException;

/**
 * The HTTP push endpoint (JDK HttpServer). {@code POST /articles} takes one JSON article, JSON lines, or
 * (as {@code text/plain}) one scraped-format article, and answers 202 with the ids once the broker has
 * acknowledged every record; 400 naming the record and field when one is invalid (none is written, invalid
 * ones are dead-lettered); 413 over the body or article limit; 401 without the configured bearer token;
 * 503 when the broker did not acknowledge in time. {@code GET /health} answers 200.
 */
public final class PushServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4, r -> new Thread(r, "marsad-push"));
    private final ArticleIntake intake;
    private final byte[] expectedAuthorization;
    private final long maxBodyBytes;
    private final Duration ackTimeout;
    private final System.Logger log = System.getLogger(PushServer.class.getName());

    private PushServer(HttpServer server, ArticleIntake intake, String token, long maxBodyBytes, Duration ackTimeout) {
        this.server = server;
        this.intake = intake;
        this.expectedAuthorization = token == null ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.maxBodyBytes = maxBodyBytes;
        this.ackTimeout = ackTimeout;
    }

    /** Binds {@code host:port} (0 for any free port) and starts serving; {@code token} null requires none. */
    public static PushServer start(String host, int port, String token, long maxBodyBytes, Duration ackTimeout,
            ArticleIntake intake) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 50);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot bind the push endpoint to " + host + ":" + port + ": " + e, e);
        }
        PushServer push = new PushServer(server, intake, token, maxBodyBytes, ackTimeout);
        server.createContext("/health", push::health);
        server.createContext("/articles", push::articles);
        server.setExecutor(push.threads);
        server.start();
        return push;
    }

    /** The bound port (useful when started on port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    private void health(HttpExchange exchange) throws IOException {
        try (exchange) {
            PushResponse.send(exchange, 200, Map.of("status", "ok"));
        }
    }

    private void articles(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                PushResponse.error(exchange, 405, "use POST");
            } else if (!authorized(exchange)) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                PushResponse.error(exchange, 401, "missing or wrong bearer token");
            } else {
                byte[] body = readBody(exchange);
                if (body == null) {
                    PushResponse.error(exchange, 413, "body over the limit of " + maxBodyBytes
                            + " bytes (marsad.ingest.http.max.bytes)");
                } else {
                    acceptOrFail(exchange, body);
                }
            }
        }
    }

    private boolean authorized(HttpExchange exchange) {
        if (expectedAuthorization == null) {
            return true;
        }
        String given = exchange.getRequestHeaders().getFirst("Authorization");
        return given != null && MessageDigest.isEqual(expectedAuthorization, given.getBytes(StandardCharsets.UTF_8));
    }

    /** The body, or null when it (or its declared length) passes the limit. */
    private byte[] readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > maxBodyBytes) {
            return null;
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            return body.length > maxBodyBytes ? null : body;
        }
    }

    /** Any unexpected failure becomes a 500 naming it, instead of a connection closed without an answer. */
    private void acceptOrFail(HttpExchange exchange, byte[] body) throws IOException {
        try {
            accept(exchange, body);
        } catch (RuntimeException e) {
            log.log(System.Logger.Level.ERROR, "POST /articles failed", e);
            PushResponse.error(exchange, 500, "internal error: " + e);
        }
    }

    private void accept(HttpExchange exchange, byte[] body) throws IOException {
        String origin = "POST /articles from " + exchange.getRemoteAddress();
        List<PushedBody.Item> items = PushedBody.split(body, exchange.getRequestHeaders().getFirst("Content-Type"));
        List<FinishedArticle> articles = new ArrayList<>();
        PushedBody.Item firstBad = null;
        InvalidArticleException firstError = null;
        for (PushedBody.Item item : items) {
            InvalidArticleException error = item.error();
            if (error == null) {
                try {
                    articles.addAll(intake.finish(item.article()));
                } catch (InvalidArticleException e) {
                    error = e;
                }
            }
            if (error != null) {
                intake.reject(origin + " record " + item.number(), error.getMessage(), item.original(), error);
                firstBad = firstBad == null ? item : firstBad;
                firstError = firstError == null ? error : firstError;
            }
        }
        if (firstError != null) {
            rejectRequest(exchange, firstBad.number(), firstError);
        } else {
            write(exchange, articles, origin);
        }
    }

    private static void rejectRequest(HttpExchange exchange, int record, InvalidArticleException error) throws IOException {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("error", "record " + record + ": " + error.getMessage());
        response.put("record", record);
        response.put("field", error.field());
        PushResponse.send(exchange, error instanceof ArticleTooLargeException ? 413 : 400, response);
    }

    private void write(HttpExchange exchange, List<FinishedArticle> articles, String origin) throws IOException {
        try {
            List<String> ids = intake.write(articles, origin).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            PushResponse.send(exchange, 202, Map.of("ids", ids));
        } catch (TimeoutException e) {
            PushResponse.error(exchange, 503, "broker did not acknowledge within " + ackTimeout + "; retry");
        } catch (ExecutionException e) {
            PushResponse.error(exchange, 503, "broker write failed: " + e.getCause() + "; retry");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            PushResponse.error(exchange, 503, "interrupted; retry");
        }
    }

    @Override
    public void close() {
        server.stop(1);
        threads.shutdownNow();
    }
}
