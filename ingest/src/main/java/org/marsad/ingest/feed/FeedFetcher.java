package org.marsad.ingest.feed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a feed over HTTP with a conditional GET (If-None-Match / If-Modified-Since), following at most
 * {@code maxRedirects} redirects, within a connect timeout and an overall response timeout, reading at most
 * {@code maxBytes} of body.
 */
public final class FeedFetcher {

    private final HttpClient client;
    private final String userAgent;
    private final Duration readTimeout;
    private final int maxRedirects;
    private final long maxBytes;

    public FeedFetcher(Duration connectTimeout, Duration readTimeout, int maxRedirects, long maxBytes, String userAgent) {
        // Redirects are followed here, not by the client, so the limit and the http(s)-only rule are ours.
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.userAgent = userAgent;
        this.readTimeout = readTimeout;
        this.maxRedirects = maxRedirects;
        this.maxBytes = maxBytes;
    }

    /** GETs {@code location}, conditional on {@code previous}; fails with {@link FeedFailedException}. */
    public FetchResult fetch(String location, CacheValidators previous) {
        URI uri = URI.create(location);
        for (int redirects = 0; ; redirects++) {
            HttpResponse<byte[]> response = send(uri, previous, location);
            int status = response.statusCode();
            if (status == 304) {
                return FetchResult.notModified(previous);
            }
            if (status == 200) {
                return new FetchResult(false, response.body(), response.headers().firstValue("content-type").orElse(null),
                        new CacheValidators(response.headers().firstValue("etag").orElse(null),
                                response.headers().firstValue("last-modified").orElse(null)));
            }
            if (!isRedirect(status)) {
                throw new FeedFailedException(location, "HTTP status " + status + " from " + uri);
            }
            if (redirects >= maxRedirects) {
                throw new FeedFailedException(location, "more than " + maxRedirects + " redirects (marsad.feeds.max.redirects)");
            }
            uri = redirectTarget(uri, response, location);
        }
    }

    private HttpResponse<byte[]> send(URI uri, CacheValidators previous, String location) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(readTimeout)
                .header("User-Agent", userAgent)
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
        if (previous.etag() != null) {
            request.header("If-None-Match", previous.etag());
        }
        if (previous.lastModified() != null) {
            request.header("If-Modified-Since", previous.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), info -> info.statusCode() == 200
                ? new LimitedBodySubscriber(maxBytes, info.headers().firstValueAsLong("content-length").orElse(-1), location)
                : HttpResponse.BodySubscribers.replacing((byte[]) null));
        try {
            // The request timeout covers only the headers; this bounds the body too (a server that drips bytes).
            return future.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FeedFailedException(location, "no complete response within " + readTimeout + " (marsad.feeds.read.timeout)", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FeedFailedException(location, "interrupted while fetching", e);
        } catch (ExecutionException e) {
            throw failure(location, e.getCause());
        }
    }

    private FeedFailedException failure(String location, Throwable cause) {
        if (cause instanceof FeedFailedException feed) {
            return feed;
        }
        if (cause instanceof HttpTimeoutException) {
            // The client's own timer (headers) and ours (whole body) race: one message for both.
            return new FeedFailedException(location, "no complete response within " + readTimeout
                    + " (marsad.feeds.read.timeout)", cause);
        }
        if (cause instanceof IOException && cause.getCause() instanceof FeedFailedException feed) {
            return feed;
        }
        return new FeedFailedException(location, "fetch failed: " + cause, cause);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(URI from, HttpResponse<?> response, String location) {
        String target = response.headers().firstValue("location")
                .orElseThrow(() -> new FeedFailedException(location, "redirect " + response.statusCode() + " without Location"));
        URI next = from.resolve(target);
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FeedFailedException(location, "redirect to a non-http(s) URL " + next);
        }
        return next;
    }
}
