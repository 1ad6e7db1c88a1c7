package org.marsad.ingest.feed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The meters of feed polling (docs/OPERATIONS.md lists them), all tagged {@code feed} with the feed's configured
 * name ({@link #tagOf}); the other tags take values from closed sets: a {@link FeedPollResult.Status}, an item
 * outcome, an {@link ItemRejection}.
 */
public final class FeedMeters {

    public static final String POLLS = "marsad.feed.polls";
    public static final String ITEMS = "marsad.feed.items";
    public static final String REJECTIONS = "marsad.feed.rejections";
    public static final String FETCHED = "marsad.feed.fetched";
    public static final String LAST_SUCCESS = "marsad.feed.last.success.timestamp";
    public static final String LAST_ERROR = "marsad.feed.last.error.timestamp";

    private final MeterRegistry registry;

    public FeedMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * The {@code feed} tag of a feed: its {@code name=} from the feed list; a feed listed without one is tagged
     * with its host (a file feed with {@code file}), so a tag never carries a path, a query or a key.
     */
    public static String tagOf(FeedSpec feed) {
        if (feed.name() != null) {
            return feed.name();
        }
        if (!feed.isHttp()) {
            return "file";
        }
        try {
            String host = URI.create(feed.location()).getHost();
            return host == null ? "unnamed" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "unnamed";
        }
    }

    /**
     * Registers a feed's counters at zero (so a feed that never answered still has series) and its two time
     * gauges, which read {@code lastSuccess} and {@code lastError} (NaN before the first).
     */
    void register(String feed, Supplier<Instant> lastSuccess, Supplier<Instant> lastError) {
        for (FeedPollResult.Status status : FeedPollResult.Status.values()) {
            polls(feed, status);
        }
        items(feed, "new");
        items(feed, "duplicate");
        items(feed, "rejected");
        fetched(feed);
        time(LAST_SUCCESS, "End of the feed's last poll that fetched or was answered not-modified", feed, lastSuccess);
        time(LAST_ERROR, "End of the feed's last failed poll", feed, lastError);
    }

    void polled(String feed, FeedPollResult result) {
        polls(feed, result.status()).increment();
        FeedPollResult.Counts counts = result.counts();
        items(feed, "new").increment(counts.fresh());
        items(feed, "duplicate").increment(counts.duplicate());
        items(feed, "rejected").increment(counts.rejectedTotal());
        counts.rejected().forEach((reason, count) -> Counter.builder(REJECTIONS)
                .description("Feed items not ingested, by reason")
                .tag("feed", feed)
                .tag("reason", reason.tag())
                .register(registry)
                .increment(count));
        fetched(feed).increment(counts.bytes());
    }

    private Counter polls(String feed, FeedPollResult.Status status) {
        return Counter.builder(POLLS)
                .description("Feed polls ended, by how they ended")
                .tag("feed", feed)
                .tag("status", status.name().toLowerCase(Locale.ROOT))
                .register(registry);
    }

    private Counter items(String feed, String outcome) {
        return Counter.builder(ITEMS)
                .description("Feed items, by outcome: new articles, already seen articles, items rejected")
                .tag("feed", feed)
                .tag("outcome", outcome)
                .register(registry);
    }

    private Counter fetched(String feed) {
        return Counter.builder(FETCHED)
                .description("Bytes of feed documents read")
                .baseUnit(BaseUnits.BYTES)
                .tag("feed", feed)
                .register(registry);
    }

    private void time(String name, String description, String feed, Supplier<Instant> at) {
        Gauge.builder(name, at, s -> {
                    Instant instant = s.get();
                    return instant == null ? Double.NaN : instant.toEpochMilli() / 1000.0;
                })
                .description(description)
                .baseUnit("seconds")
                .tag("feed", feed)
                .strongReference(true)
                .register(registry);
    }
}
