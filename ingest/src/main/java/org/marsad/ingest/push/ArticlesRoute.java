package org.marsad.ingest.push;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.marsad.ingest.Failures;
import org.marsad.ingest.ArticleIntake;
import org.marsad.ingest.ArticleTooLargeException;
import org.marsad.ingest.FinishedArticle;
import org.marsad.ingest.InvalidArticleException;
import org.marsad.http.JsonResponse;

/**
 * {@code POST /articles}: one JSON article, JSON lines, or (as {@code text/plain}) one scraped-format article.
 * Everything that can be refused from the headers is refused before a byte of the body is read: 405 for
 * another method, 401 without an accepted bearer token, 415 for another media type or charset, 413 for a
 * declared length over the limit. Then the body is read within the body time-out (408) and the limit (413);
 * 400 names the record and field when one is invalid (none is written, invalid ones are dead-lettered);
 * 202 with the ids once the broker acknowledged every record; 503 when it did not in time.
 */
final class ArticlesRoute extends Handler.Abstract {

    private final ArticleIntake intake;
    private final PushTokens tokens;
    private final long maxBodyBytes;
    private final Duration ackTimeout;
    private final Duration bodyTimeout;
    private final System.Logger log = System.getLogger(ArticlesRoute.class.getName());

    ArticlesRoute(ArticleIntake intake, PushTokens tokens, long maxBodyBytes, Duration ackTimeout, Duration bodyTimeout) {
        this.intake = intake;
        this.tokens = tokens;
        this.maxBodyBytes = maxBodyBytes;
        this.ackTimeout = ackTimeout;
        this.bodyTimeout = bodyTimeout;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!request.getMethod().equals("POST")) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            JsonResponse.error(response, callback, 405, "use POST");
            return true;
        }
        Optional<PushToken> token = tokens.authenticate(request.getHeaders().get(HttpHeader.AUTHORIZATION));
        if (token.isEmpty()) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
            JsonResponse.error(response, callback, 401, "missing or wrong bearer token");
            return true;
        }
        BodyType type;
        try {
            type = BodyType.of(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        } catch (BodyType.UnsupportedException e) {
            JsonResponse.error(response, callback, 415, e.getMessage());
            return true;
        }
        if (request.getLength() > maxBodyBytes) {
            tooLarge(response, callback);
            return true;
        }
        readAndAccept(request, response, callback, type, token.get());
        return true;
    }

    private void readAndAccept(Request request, Response response, Callback callback, BodyType type, PushToken token) {
        // One byte over the limit is read, so "exactly at the limit" and "over it" can be told apart.
        CompletableFuture<byte[]> read = Content.Source.asByteArrayAsync(request, (int) Math.min(Integer.MAX_VALUE - 8,
                maxBodyBytes + 1));
        byte[] body;
        try {
            body = read.get(bodyTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            request.fail(e);
            JsonResponse.error(response, callback, 408, "body not received within " + bodyTimeout
                    + " (marsad.ingest.http.body.timeout)");
            return;
        } catch (ExecutionException e) {
            tooLargeOrFailed(response, callback, e.getCause());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            JsonResponse.error(response, callback, 503, "interrupted; retry");
            return;
        }
        if (body.length > maxBodyBytes) {
            tooLarge(response, callback);
            return;
        }
        String origin = "POST /articles from " + Request.getRemoteAddr(request) + ":" + Request.getRemotePort(request)
                + " (" + token + ")";
        try {
            accept(response, callback, PushedBody.split(body, type, token), origin);
        } catch (RuntimeException | StackOverflowError e) {
            // An unexpected failure becomes a 500 naming it, not a connection closed without an answer; a fatal
            // one (out of memory) halts the process for its supervisor instead.
            Failures.haltIfFatal(e, origin);
            log.log(System.Logger.Level.ERROR, origin + " failed", e);
            JsonResponse.error(response, callback, 500, "internal error: " + e);
        }
    }

    private void tooLargeOrFailed(Response response, Callback callback, Throwable cause) {
        // Jetty's bounded read fails with IllegalStateException ("Max size exceeded") and only for that.
        if (cause instanceof IllegalStateException) {
            tooLarge(response, callback);
        } else {
            JsonResponse.error(response, callback, 400, "body not read: " + cause);
        }
    }

    private void tooLarge(Response response, Callback callback) {
        JsonResponse.error(response, callback, 413, "body over the limit of " + maxBodyBytes
                + " bytes (marsad.ingest.http.max.bytes)");
    }

    private void accept(Response response, Callback callback, List<PushedBody.Item> items, String origin) {
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
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", "record " + firstBad.number() + ": " + firstError.getMessage());
            body.put("record", firstBad.number());
            body.put("field", firstError.field());
            JsonResponse.send(response, callback, firstError instanceof ArticleTooLargeException ? 413 : 400, body);
        } else {
            write(response, callback, articles, origin);
        }
    }

    /** Maps the intake's write outcome to a status: 202 once acknowledged, 503 (retry) otherwise. */
    private void write(Response response, Callback callback, List<FinishedArticle> articles, String origin) {
        try {
            intake.write(articles, origin).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            List<String> ids = articles.stream().map(a -> a.article().id()).toList();
            JsonResponse.send(response, callback, 202, Map.of("ids", ids));
        } catch (TimeoutException e) {
            JsonResponse.error(response, callback, 503, "broker did not acknowledge within " + ackTimeout + "; retry");
        } catch (ExecutionException e) {
            JsonResponse.error(response, callback, 503, "broker write failed: " + e.getCause() + "; retry");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            JsonResponse.error(response, callback, 503, "interrupted; retry");
        }
    }
}
