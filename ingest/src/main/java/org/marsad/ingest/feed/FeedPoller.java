package org.marsad.ingest.feed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.marsad.ingest.ArticleIntake;
import org.marsad.ingest.Failures;
import org.marsad.ingest.IngestCounts;
import org.marsad.ingest.InvalidArticleException;
import org.marsad.ingest.text.ScrapedArticle;

/**
 * Polls each feed on its own schedule. Each feed is one self-rescheduling task: the next poll is scheduled
 * only when the previous one ended, so polls of one feed never overlap; a failed poll waits per
 * {@link Backoff} instead of the interval. Feeds share a small pool, so a slow feed holds one thread (for at
 * most the read timeout) while the others keep their schedules.
 */
public final class FeedPoller implements AutoCloseable {

    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final ArticleIntake intake;
    private final Backoff backoff;
    private final ScheduledExecutorService scheduler;
    private final FeedPollResult.Listener listener;
    private final long maxBytes;

    public FeedPoller(FeedFetcher fetcher, FeedParser parser, ArticleIntake intake, Backoff backoff,
            ScheduledExecutorService scheduler, FeedPollResult.Listener listener, long maxBytes) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.maxBytes = maxBytes;
    }

    /** Schedules the first poll of every feed now. */
    public void start(List<FeedSpec> feeds) {
        for (FeedSpec feed : feeds) {
            FeedState state = new FeedState(feed);
            scheduler.execute(() -> pollAndReschedule(state));
        }
    }

    private void pollAndReschedule(FeedState state) {
        FeedPollResult result = pollOnce(state);
        listener.polled(result);
        try {
            scheduler.schedule(() -> pollAndReschedule(state), result.nextDelay().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            if (!scheduler.isShutdown()) {
                throw e;
            }
            // Closed while this poll ran: the feed is simply not polled again.
        }
    }

    /**
     * One poll; every failure becomes a FAILED result, so the schedule survives anything a feed does (a fatal
     * {@link VirtualMachineError} ends the process, see {@link Failures}). The feed's validators advance only
     * when every item of the poll was acknowledged or rejected: a poll whose writes failed is fetched again in
     * full, never answered 304 for items the broker does not hold.
     */
    FeedPollResult pollOnce(FeedState state) {
        FeedSpec feed = state.feed;
        PollTally tally = new PollTally();
        try {
            FetchResult fetched = feed.isHttp() ? fetcher.fetch(feed.location(), feed.trusted(), state.validators, feed.headers()) : readFile(feed);
            if (fetched.notModified()) {
                state.failures = 0;
                return new FeedPollResult(feed, FeedPollResult.Status.NOT_MODIFIED, 0, null, 0, feed.interval(),
                        tally.counts());
            }
            tally.fetched(fetched.body().length);
            ParsedFeed parsed = parser.parse(fetched.body(), fetched.contentType(), feed);
            if (parsed.leftOut() > 0) {
                intake.reject(feed.location(), parsed.leftOutReason(), null, null);
                tally.rejected(ItemRejection.OVER_ITEM_LIMIT, parsed.leftOut());
            }
            if (parsed.withoutLink() > 0) {
                intake.note(feed.location(), parsed.withoutLinkWarning());
            }
            int unacknowledged = writeAll(parsed, feed, tally);
            if (unacknowledged > 0) {
                throw new FeedFailedException(feed.location(), unacknowledged + " of " + parsed.items().size()
                        + " items not acknowledged by the broker; the feed will be fetched again in full");
            }
            state.validators = fetched.validators();
            state.failures = 0;
            return new FeedPollResult(feed, FeedPollResult.Status.FETCHED, parsed.items().size(), null, 0,
                    feed.interval(), tally.counts());
        } catch (Throwable e) {
            Failures.haltIfFatal(e, "the poll of " + feed.location());
            state.failures++;
            String reason = e instanceof FeedFailedException ? e.getMessage() : "Feed " + feed.location() + ": " + e;
            intake.reject(feed.location(), reason, null, e);
            Duration delay = backoff.delay(state.failures);
            // A server's Retry-After (429/503, capped by the fetcher) is honoured when longer than the backoff.
            if (e instanceof FeedFailedException failed && failed.retryAfter() != null
                    && failed.retryAfter().compareTo(delay) > 0) {
                delay = failed.retryAfter();
            }
            return new FeedPollResult(feed, FeedPollResult.Status.FAILED, 0, reason, state.failures, delay,
                    tally.counts());
        }
    }

    /**
     * Writes every item and waits for every write (the producer's delivery time-out bounds the wait), counting
     * into {@code tally}; returns how many failed. An invalid item is reported and the others are still written.
     */
    private int writeAll(ParsedFeed parsed, FeedSpec feed, PollTally tally) {
        List<CompletableFuture<IngestCounts>> writes = new ArrayList<>(parsed.items().size());
        for (int i = 0; i < parsed.items().size(); i++) {
            String source = feed.location() + " item " + (i + 1);
            try {
                writes.add(intake.write(intake.finish(ScrapedArticle.of(parsed.items().get(i))), source));
            } catch (InvalidArticleException e) {
                intake.reject(source, e.getMessage(), null, e);
                tally.rejected(ItemRejection.of(e), 1);
            }
        }
        int failed = 0;
        for (int i = 0; i < writes.size(); i++) {
            try {
                tally.written(writes.get(i).get());
            } catch (ExecutionException e) {
                failed++;
            } catch (InterruptedException e) {
                // Closing: the rest count as unacknowledged, so the validators stay where they were.
                Thread.currentThread().interrupt();
                tally.rejected(ItemRejection.NOT_ACKNOWLEDGED, failed + writes.size() - i);
                return writes.size();
            }
        }
        tally.rejected(ItemRejection.NOT_ACKNOWLEDGED, failed);
        return failed;
    }

    private FetchResult readFile(FeedSpec feed) {
        Path path = Path.of(feed.location());
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new FeedFailedException(feed.location(), "file of " + size + " bytes, over the limit of "
                        + maxBytes + " (marsad.feeds.max.bytes)");
            }
            return new FetchResult(false, Files.readAllBytes(path), null, CacheValidators.NONE);
        } catch (IOException e) {
            throw new FeedFailedException(feed.location(), "cannot read file: " + e, e);
        }
    }

    /** Stops scheduling and interrupts polls in progress. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A feed's state between polls; touched by one poll at a time, since polls never overlap. */
    static final class FeedState {
        private final FeedSpec feed;
        private volatile CacheValidators validators = CacheValidators.NONE;
        private volatile int failures;

        FeedState(FeedSpec feed) {
            this.feed = feed;
        }
    }
}
