package org.marsad.ingest.feed;

/** A poll of one feed failed; the message names the feed and the reason. Other feeds are not affected. */
public final class FeedFailedException extends RuntimeException {

    public FeedFailedException(String feed, String reason) {
        super("Feed " + feed + ": " + reason);
    }

    public FeedFailedException(String feed, String reason, Throwable cause) {
        super("Feed " + feed + ": " + reason, cause);
    }
}
