package org.marsad.ingest.feed;

import java.net.URI;
import java.time.Instant;

/** The running state of one feed, written by its polls (never two at once) and read by the board's readers. */
final class FeedActivity {

    private final String tag;
    private final String host;
    private Instant lastPoll;
    private Instant lastSuccess;
    private Instant lastError;
    private String lastErrorMessage;
    private long polls;
    private long notModified;
    private long fresh;
    private long duplicate;
    private long rejected;
    private long bytes;

    FeedActivity(FeedSpec feed) {
        this.tag = FeedMeters.tagOf(feed);
        this.host = feed.isHttp() ? hostOf(feed.location()) : null;
    }

    private static String hostOf(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null; // the poll reports the bad URL; the board just shows no host
        }
    }

    String tag() {
        return tag;
    }

    synchronized void record(FeedPollResult result, Instant at) {
        lastPoll = at;
        polls++;
        if (result.status() == FeedPollResult.Status.FAILED) {
            lastError = at;
            lastErrorMessage = result.error();
        } else {
            lastSuccess = at;
        }
        if (result.status() == FeedPollResult.Status.NOT_MODIFIED) {
            notModified++;
        }
        fresh += result.counts().fresh();
        duplicate += result.counts().duplicate();
        rejected += result.counts().rejectedTotal();
        bytes += result.counts().bytes();
    }

    synchronized Instant lastSuccess() {
        return lastSuccess;
    }

    synchronized Instant lastError() {
        return lastError;
    }

    synchronized FeedStatus snapshot() {
        return new FeedStatus(tag, host, lastPoll, lastSuccess, lastError, lastErrorMessage, polls, notModified,
                fresh, duplicate, rejected, bytes);
    }
}
