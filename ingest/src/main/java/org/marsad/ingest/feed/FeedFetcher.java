package org.marsad.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Fetches a feed over HTTP with a conditional GET (If-None-Match / If-Modified-Since). Every hop, redirects
 * included, goes through the {@link AddressPolicy} (checked at resolution, by {@link CheckedResolver}); at
 * most {@code maxRedirects} redirects are followed, by us; the whole fetch, redirects and body included, has
 * one time-out; at most {@code maxBytes} of body are read; a 429 or 503 carries its {@code Retry-After}.
 */
public final class FeedFetcher implements AutoCloseable {

    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

    private final HttpClient client = new HttpClient();
    private final Duration timeout;
    private final int maxRedirects;
    private final long maxBytes;
    private final Duration retryAfterMax;
    private final Clock clock;

    public FeedFetcher(Duration connectTimeout, Duration timeout, int maxRedirects, long maxBytes, String userAgent,
            HostResolver resolver, Duration retryAfterMax, Clock clock) {
        this.timeout = timeout;
        this.maxRedirects = maxRedirects;
        this.maxBytes = maxBytes;
        this.retryAfterMax = retryAfterMax;
        this.clock = clock;
        // Redirects are followed here, not by the client, so every hop passes the policy and the limit.
        client.setFollowRedirects(false);
        client.setConnectTimeout(connectTimeout.toMillis());
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, userAgent));
        client.setSocketAddressResolver(new CheckedResolver(resolver));
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the feed HTTP client: " + e, e);
        }
    }

    /** GETs {@code location}, conditional on {@code previous}; fails with {@link FeedFailedException}. */
    public FetchResult fetch(String location, boolean trusted, CacheValidators previous) {
        return fetch(location, trusted, previous, FeedHeaders.NONE);
    }

    /**
     * As {@link #fetch(String, boolean, CacheValidators)}, sending the feed's own {@code headers} to the feed's
     * host only: a redirect to another host never carries them (they may hold credentials).
     */
    public FetchResult fetch(String location, boolean trusted, CacheValidators previous, FeedHeaders headers) {
        URI uri;
        try {
            uri = URI.create(location);
            AddressPolicy.checkScheme(uri);
        } catch (IllegalArgumentException e) {
            throw new FeedFailedException(location, e.getMessage(), e);
        }
        AddressPolicy.Scope scope = AddressPolicy.Scope.of(uri, trusted);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int redirects = 0; ; redirects++) {
            boolean feedHost = uri.getHost() != null && uri.getHost().equalsIgnoreCase(URI.create(location).getHost());
            Request request = client.newRequest(uri).tag(scope).headers(h -> {
                h.put(HttpHeader.ACCEPT, ACCEPT);
                if (feedHost) {
                    headers.values().forEach(h::put);
                }
                if (previous.etag() != null) {
                    h.put(HttpHeader.IF_NONE_MATCH, previous.etag());
                }
                if (previous.lastModified() != null) {
                    h.put(HttpHeader.IF_MODIFIED_SINCE, previous.lastModified());
                }
            });
            Hop hop = hop(request, uri, location, previous, deadline);
            if (hop.result() != null) {
                return hop.result();
            }
            if (redirects >= maxRedirects) {
                throw new FeedFailedException(location, "more than " + maxRedirects + " redirects (marsad.feeds.max.redirects)");
            }
            uri = redirectTarget(uri, hop.redirectTo(), location);
        }
    }

    /** The outcome of one request: a result, or the Location of a redirect. */
    private record Hop(FetchResult result, String redirectTo) {
    }

    private Hop hop(Request request, URI uri, String location, CacheValidators previous, long deadline) {
        long remaining = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        InputStreamResponseListener listener = new InputStreamResponseListener();
        request.timeout(remaining, TimeUnit.MILLISECONDS).send(listener);
        try {
            Response response = listener.get(remaining, TimeUnit.MILLISECONDS);
            try (InputStream body = listener.getInputStream()) {
                return answer(response, body, uri, location, previous);
            }
        } catch (IOException | InterruptedException | TimeoutException | ExecutionException e) {
            request.abort(e);
            throw failure(location, e);
        } catch (FeedFailedException e) {
            request.abort(e);
            throw e;
        }
    }

    private Hop answer(Response response, InputStream body, URI uri, String location, CacheValidators previous)
            throws IOException {
        int status = response.getStatus();
        if (status == 304) {
            return new Hop(FetchResult.notModified(previous), null);
        }
        if (status == 200) {
            return new Hop(new FetchResult(false, read(body, response, location), response.getHeaders().get(HttpHeader.CONTENT_TYPE),
                    new CacheValidators(response.getHeaders().get(HttpHeader.ETAG),
                            response.getHeaders().get(HttpHeader.LAST_MODIFIED))), null);
        }
        if (status == 429 || status == 503) {
            Duration wait = RetryAfter.parse(response.getHeaders().get(HttpHeader.RETRY_AFTER), clock, retryAfterMax);
            throw new FeedFailedException(location, "HTTP status " + status + " from " + uri
                    + (wait == null ? "" : "; retry after " + wait), null, wait);
        }
        if (!isRedirect(status)) {
            throw new FeedFailedException(location, "HTTP status " + status + " from " + uri);
        }
        String target = response.getHeaders().get(HttpHeader.LOCATION);
        if (target == null) {
            throw new FeedFailedException(location, "redirect " + status + " without Location");
        }
        return new Hop(null, target);
    }

    private byte[] read(InputStream body, Response response, String location) throws IOException {
        long declared = response.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (declared > maxBytes) {
            throw tooLarge(location, "declares " + declared + " bytes");
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw tooLarge(location, "passed " + maxBytes + " bytes");
        }
        return bytes;
    }

    private FeedFailedException tooLarge(String location, String what) {
        return new FeedFailedException(location, "response body " + what + ", over the limit of " + maxBytes
                + " (marsad.feeds.max.bytes)");
    }

    private FeedFailedException failure(String location, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof AddressRefusedException refused) {
                return new FeedFailedException(location, refused.getMessage(), refused);
            }
            if (cause instanceof TimeoutException) {
                return new FeedFailedException(location, "no complete response within " + timeout
                        + " (marsad.feeds.read.timeout, redirects included)", error);
            }
        }
        if (error instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new FeedFailedException(location, "interrupted while fetching", error);
        }
        return new FeedFailedException(location, "fetch failed: " + error, error);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(URI from, String target, String location) {
        try {
            URI next = from.resolve(target);
            AddressPolicy.checkScheme(next);
            return next;
        } catch (IllegalArgumentException e) {
            throw new FeedFailedException(location, "redirect to " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Stopping the feed HTTP client failed: " + e, e);
        }
    }
}
