package org.marsad.http;

import java.time.Duration;
import java.util.Objects;

/**
 * What one client may hold of the embedded HTTP server, so a few slow or greedy clients cannot starve the
 * rest (see docs/SECURITY.md).
 *
 * @param idleTimeout longest silence on a connection, while reading headers or body or between requests
 * @param headerTimeout longest time from connecting to the end of the first request's headers
 * @param bodyTimeout longest time to read a whole request body once its headers are in
 * @param maxConnections open connections; beyond it new ones wait in the kernel's backlog
 * @param maxRequests requests a limited route handles at once
 * @param maxQueued requests a limited route keeps waiting; beyond it they get 503 with Retry-After
 * @param retryAfter what the Retry-After of such a 503 says
 */
public record HttpLimits(Duration idleTimeout, Duration headerTimeout, Duration bodyTimeout, int maxConnections,
        int maxRequests, int maxQueued, Duration retryAfter) {

    public HttpLimits {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(headerTimeout, "headerTimeout");
        Objects.requireNonNull(bodyTimeout, "bodyTimeout");
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (maxConnections < 1 || maxRequests < 1 || maxQueued < 0) {
            throw new IllegalArgumentException("HTTP limits must be positive: " + maxConnections + " connections, "
                    + maxRequests + " requests, " + maxQueued + " queued");
        }
    }

    /** The defaults of the configuration keys (docs/INGEST.md). */
    public static HttpLimits defaults() {
        return new HttpLimits(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(30), 256, 4, 16,
                Duration.ofSeconds(1));
    }

    /** The worker threads the server needs: every limited request, plus room for the unlimited routes. */
    int threads() {
        return maxRequests + 8;
    }
}
