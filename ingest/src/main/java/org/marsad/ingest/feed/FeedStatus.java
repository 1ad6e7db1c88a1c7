package org.marsad.ingest.feed;

import java.time.Instant;

/**
 * One feed's state for operators ({@code GET /api/feeds}, {@code marsad status --ingest-url}); counts since the
 * process started.
 *
 * @param name the feed's tag: its configured name ({@link FeedMeters#tagOf})
 * @param host the host polled, or null for a feed read from a file
 * @param lastPoll when the last poll ended, or null before the first
 * @param lastSuccess when the last poll that fetched or was answered not-modified ended, or null
 * @param lastError when the last failed poll ended, or null
 * @param lastErrorMessage why it failed, or null
 * @param polls polls ended
 * @param notModified polls answered 304 Not Modified
 * @param fresh articles written that were new
 * @param duplicate articles already seen with the same content
 * @param rejected items not ingested
 * @param bytes bytes of feed documents read
 */
public record FeedStatus(String name, String host, Instant lastPoll, Instant lastSuccess, Instant lastError,
        String lastErrorMessage, long polls, long notModified, long fresh, long duplicate, long rejected, long bytes) {
}
