package org.marsad.ingest.feed;

import java.time.Duration;

/** A poll of one feed failed; the message names the feed and the reason. Other feeds are not affected. */
public final class FeedFailedException extends RuntimeException {

    private final transient Duration retryAfter;

    public FeedFailedException(String feed, String reason) {
        this(feed, reason, null, null);
    }

    public FeedFailedException(String feed, String reason, Throwable cause) {
        this(feed, reason, cause, null);
    }

    /** A failure with the server's {@code Retry-After} (already capped), which the next poll must honour. */
    public FeedFailedException(String feed, String reason, Throwable cause, Duration retryAfter) {
        super("Feed " + feed + ": " + reason, cause);
        this.retryAfter = retryAfter;
    }

    /** How long the server asked us to wait, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
