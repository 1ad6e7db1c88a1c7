package org.marsad.ingest.feed;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The per-feed state of a running ingest: told about every poll, it keeps each feed's {@link FeedStatus} and
 * moves the {@link FeedMeters}, whose time gauges read the same state. Feeds that share a name share their
 * meters: counters add up and a time gauge shows the latest of them.
 */
public final class FeedBoard implements FeedPollResult.Listener {

    private final FeedMeters meters;
    private final Clock clock;
    private final Map<FeedSpec, FeedActivity> feeds = new LinkedHashMap<>();

    public FeedBoard(MeterRegistry registry, Clock clock) {
        this.meters = new FeedMeters(registry);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Adds feeds to the board, before their first poll. */
    public synchronized void register(List<FeedSpec> list) {
        for (FeedSpec feed : list) {
            FeedActivity activity = feeds.computeIfAbsent(feed, FeedActivity::new);
            meters.register(activity.tag(), () -> latest(activity.tag(), FeedActivity::lastSuccess),
                    () -> latest(activity.tag(), FeedActivity::lastError));
        }
    }

    @Override
    public void polled(FeedPollResult result) {
        FeedActivity activity;
        synchronized (this) {
            activity = feeds.computeIfAbsent(result.feed(), FeedActivity::new);
        }
        activity.record(result, clock.instant());
        meters.polled(activity.tag(), result);
    }

    /** Every feed's state, in the order of the feed list. */
    public synchronized List<FeedStatus> statuses() {
        return feeds.values().stream().map(FeedActivity::snapshot).toList();
    }

    private synchronized Instant latest(String tag, Function<FeedActivity, Instant> time) {
        return feeds.values().stream().filter(a -> a.tag().equals(tag)).map(time)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }
}
