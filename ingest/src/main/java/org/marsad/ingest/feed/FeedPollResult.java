package org.marsad.ingest.feed;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What one poll of one feed did.
 *
 * @param feed the feed
 * @param status how the poll ended
 * @param items items parsed (0 when not modified or failed)
 * @param error why the poll failed, else null
 * @param failuresInARow failed polls in a row, this one included
 * @param nextDelay the wait before this feed's next poll
 * @param counts bytes fetched and what became of the items, also for a poll that failed after some were written
 */
public record FeedPollResult(FeedSpec feed, Status status, int items, String error, int failuresInARow,
        Duration nextDelay, Counts counts) {

    public FeedPollResult {
        Objects.requireNonNull(counts, "counts");
    }

    /** How a poll ended. */
    public enum Status { FETCHED, NOT_MODIFIED, FAILED }

    /**
     * What one poll fetched and wrote.
     *
     * @param bytes bytes of the feed document read (0 when not modified)
     * @param fresh articles written that the seen-state did not hold
     * @param duplicate articles already seen with the same content, not written again
     * @param rejected items not ingested, by reason
     */
    public record Counts(long bytes, int fresh, int duplicate, Map<ItemRejection, Integer> rejected) {

        public static final Counts NONE = new Counts(0, 0, 0, Map.of());

        public Counts {
            rejected = Map.copyOf(rejected);
        }

        /** Items rejected for any reason. */
        public int rejectedTotal() {
            return rejected.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Told about every poll; called on the polling thread, so it must be quick and thread-safe. */
    @FunctionalInterface
    public interface Listener {
        void polled(FeedPollResult result);

        /** Tells this listener, then {@code next}. */
        default Listener andThen(Listener next) {
            return result -> {
                polled(result);
                next.polled(result);
            };
        }
    }
}
