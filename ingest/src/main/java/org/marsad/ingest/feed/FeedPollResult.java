package org.marsad.ingest.feed;

import java.time.Duration;

/**
 * What one poll of one feed did.
 *
 * @param feed the feed
 * @param status how the poll ended
 * @param items items parsed (0 when not modified or failed)
 * @param error why the poll failed, else null
 * @param failuresInARow failed polls in a row, this one included
 * @param nextDelay the wait before this feed's next poll
 */
public record FeedPollResult(FeedSpec feed, Status status, int items, String error, int failuresInARow,
        Duration nextDelay) {

    /** How a poll ended. */
    public enum Status { FETCHED, NOT_MODIFIED, FAILED }

    /** Told about every poll; called on the polling thread, so it must be quick and thread-safe. */
    @FunctionalInterface
    public interface Listener {
        void polled(FeedPollResult result);
    }
}
