package org.marsad.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The feed board keeps each feed's state and moves the feed meters; polls are made up, time is fixed. */
class FeedBoardTest {

    private static final Instant NOW = Instant.parse("2026-12-03T05:00:00Z");
    private static final FeedSpec NAMED = new FeedSpec("https://news.example.org/rss.xml?key=abc", "صحيفة المرصد",
            Duration.ofMinutes(5), false);
    private static final FeedSpec UNNAMED = new FeedSpec("https://other.example.net/feed", null, Duration.ofMinutes(5),
            false);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final FeedBoard board = new FeedBoard(registry, Clock.fixed(NOW, ZoneOffset.UTC));

    private static FeedPollResult fetched(FeedSpec feed, FeedPollResult.Counts counts) {
        return new FeedPollResult(feed, FeedPollResult.Status.FETCHED, counts.fresh() + counts.duplicate(), null, 0,
                feed.interval(), counts);
    }

    private double counter(String name, String... tags) {
        return registry.get(name).tags(tags).counter().count();
    }

    private double gauge(String name, String feed) {
        return registry.get(name).tag("feed", feed).gauge().value();
    }

    @Test
    void shouldCountPollsItemsAndBytesPerFeedNameWhenFeedsArePolled() {
        board.register(List.of(NAMED, UNNAMED));
        board.polled(fetched(NAMED, new FeedPollResult.Counts(2048, 3, 1, Map.of(ItemRejection.INVALID_FIELD, 2))));
        board.polled(new FeedPollResult(NAMED, FeedPollResult.Status.NOT_MODIFIED, 0, null, 0, NAMED.interval(),
                FeedPollResult.Counts.NONE));

        String feed = "صحيفة المرصد";
        assertEquals(1, counter(FeedMeters.POLLS, "feed", feed, "status", "fetched"));
        assertEquals(1, counter(FeedMeters.POLLS, "feed", feed, "status", "not_modified"));
        assertEquals(0, counter(FeedMeters.POLLS, "feed", feed, "status", "failed"));
        assertEquals(3, counter(FeedMeters.ITEMS, "feed", feed, "outcome", "new"));
        assertEquals(1, counter(FeedMeters.ITEMS, "feed", feed, "outcome", "duplicate"));
        assertEquals(2, counter(FeedMeters.ITEMS, "feed", feed, "outcome", "rejected"));
        assertEquals(2, counter(FeedMeters.REJECTIONS, "feed", feed, "reason", "invalid_field"));
        assertEquals(2048, counter(FeedMeters.FETCHED, "feed", feed));
        assertEquals(NOW.getEpochSecond(), gauge(FeedMeters.LAST_SUCCESS, feed));
        assertTrue(Double.isNaN(gauge(FeedMeters.LAST_ERROR, feed)), "no failed poll yet");
    }

    @Test
    void shouldTagAFeedWithItsHostNeverItsUrlWhenItHasNoName() {
        board.register(List.of(UNNAMED));

        assertEquals(0, counter(FeedMeters.POLLS, "feed", "other.example.net", "status", "fetched"));
        assertEquals("file", FeedMeters.tagOf(new FeedSpec("/srv/feeds/local.xml", null, Duration.ofMinutes(1), false)));
        assertTrue(registry.getMeters().stream().flatMap(m -> m.getId().getTags().stream())
                .noneMatch(t -> t.getValue().contains("/")), "no tag holds a URL or a path");
    }

    @Test
    void shouldKeepLastErrorAndCountsWhenAPollFails() {
        board.register(List.of(NAMED, UNNAMED));
        board.polled(fetched(UNNAMED, new FeedPollResult.Counts(100, 1, 0, Map.of())));
        board.polled(new FeedPollResult(UNNAMED, FeedPollResult.Status.FAILED, 0, "HTTP 503 from other.example.net", 1,
                Duration.ofSeconds(30), new FeedPollResult.Counts(0, 0, 0, Map.of(ItemRejection.NOT_ACKNOWLEDGED, 4))));

        List<FeedStatus> statuses = board.statuses();
        assertEquals(List.of("صحيفة المرصد", "other.example.net"), statuses.stream().map(FeedStatus::name).toList());
        assertNull(statuses.get(0).lastPoll(), "the named feed was not polled");
        FeedStatus other = statuses.get(1);
        assertEquals(new FeedStatus("other.example.net", "other.example.net", NOW, NOW, NOW,
                "HTTP 503 from other.example.net", 2, 0, 1, 0, 4, 100), other);
        assertEquals(4, counter(FeedMeters.REJECTIONS, "feed", "other.example.net", "reason", "not_acknowledged"));
        assertEquals(NOW.getEpochSecond(), gauge(FeedMeters.LAST_ERROR, "other.example.net"));
    }
}
