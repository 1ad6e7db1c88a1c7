package org.marsad.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class ReplayPlanTest {

    private static final TopicPartition P0 = new TopicPartition("marsad.articles.raw", 0);
    private static final TopicPartition P1 = new TopicPartition("marsad.articles.raw", 1);
    private final ReplayPlan plan = new ReplayPlan("marsad-replay-1", new ReplayRequest(null, null),
            Map.of(P0, 10L, P1, 0L), Map.of(P0, 30L, P1, 5L));

    @Test
    void shouldCountOffsetsBetweenStartAndEndWhenTotalled() {
        assertEquals(25, plan.total());
    }

    @Test
    void shouldCountNothingDoneWhenGroupHasNotCommitted() {
        assertEquals(0, plan.done(Map.of()));
        assertFalse(plan.isComplete(Map.of()));
    }

    @Test
    void shouldCapProgressAtEndWhenGroupReadPastIt() {
        assertEquals(20 + 5, plan.done(Map.of(P0, 40L, P1, 5L)));
        assertTrue(plan.isComplete(Map.of(P0, 30L, P1, 5L)));
    }

    @Test
    void shouldBeCompleteAtOnceWhenEveryPartitionStartsAtItsEnd() {
        ReplayPlan empty = new ReplayPlan("marsad-replay-2", new ReplayRequest(null, null), Map.of(P0, 7L),
                Map.of(P0, 7L));

        assertTrue(empty.isComplete(Map.of()));
        assertEquals(0, empty.total());
    }

    @Test
    void shouldParseEarliestAsOpenStartWhenFromIsEarliest() {
        ReplayRequest request = ReplayRequest.parse("earliest", "2025-02-12T10:00:00Z");

        assertNull(request.from());
        assertEquals(Instant.parse("2025-02-12T10:00:00Z"), request.to());
    }

    @Test
    void shouldRejectRequestWhenFromIsNotBeforeTo() {
        assertThrows(IllegalArgumentException.class,
                () -> ReplayRequest.parse("2025-02-12T10:00:00Z", "2025-02-12T10:00:00Z"));
    }

    @Test
    void shouldNameOptionWhenInstantIsMalformed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ReplayRequest.parse("yesterday", null));

        assertTrue(error.getMessage().startsWith("--from 'yesterday'"), error.getMessage());
    }
}
