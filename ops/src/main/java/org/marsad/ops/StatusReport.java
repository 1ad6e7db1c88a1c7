package org.marsad.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The pipeline's state as {@code marsad status} prints it (and, as JSON, {@code status --json}).
 *
 * @param at when it was read
 * @param topics Marsad's topics
 * @param groups each stage's consumer group and its lag
 * @param deadLetters the dead-letter topic's count and latest reasons
 * @param replays consumer groups of replays that have members now
 * @param feeds the ingest service's feeds ({@code --ingest-url}), or null when not asked (left out of the JSON)
 */
public record StatusReport(Instant at, List<TopicStatus> topics, List<GroupLag> groups, DeadLetters deadLetters,
        List<String> replays, @JsonInclude(JsonInclude.Include.NON_NULL) List<FeedState> feeds) {

    public StatusReport {
        topics = List.copyOf(topics);
        groups = List.copyOf(groups);
        replays = List.copyOf(replays);
        feeds = feeds == null ? null : List.copyOf(feeds);
    }

    /** This report with the ingest service's feeds. */
    public StatusReport withFeeds(List<FeedState> ingestFeeds) {
        return new StatusReport(at, topics, groups, deadLetters, replays, ingestFeeds);
    }

    /** One topic and its partitions. */
    public record TopicStatus(String name, List<PartitionStatus> partitions) {

        public TopicStatus {
            partitions = List.copyOf(partitions);
        }

        /** Offsets between the start and the last stable offset: records plus transaction markers. */
        public long records() {
            return partitions.stream().mapToLong(p -> p.endOffset() - p.startOffset()).sum();
        }

        public long bytes() {
            return partitions.stream().mapToLong(PartitionStatus::bytes).sum();
        }
    }

    /**
     * One partition.
     *
     * @param endOffset the last stable offset: what a read_committed reader can reach
     * @param bytes log bytes on disk, summed over replicas
     */
    public record PartitionStatus(int partition, long startOffset, long endOffset, long bytes) {
    }

    /** A consumer group's committed position and lag on each partition it has committed. */
    public record GroupLag(String group, List<PartitionLag> partitions) {

        public GroupLag {
            partitions = List.copyOf(partitions);
        }

        public long lag() {
            return partitions.stream().mapToLong(PartitionLag::lag).sum();
        }
    }

    public record PartitionLag(String topic, int partition, long committed, long lag) {
    }

    /**
     * The dead-letter topic: the offsets it holds (its records, plus one transaction marker per transaction that
     * wrote to it, so an upper bound on the count) and the newest reasons.
     */
    public record DeadLetters(String topic, long offsets, List<DeadLetter> latest) {

        public DeadLetters {
            latest = List.copyOf(latest);
        }
    }

    /** One dead letter: when it was written, its key (the article id when known) and the reason header. */
    public record DeadLetter(Instant at, String key, String reason) {
    }

    /**
     * One feed of the ingest service, as its {@code GET /api/feeds} answers: times are null until they happen,
     * counts are since the service started.
     */
    public record FeedState(String name, String host, Instant lastPoll, Instant lastSuccess, Instant lastError,
            String lastErrorMessage, long polls, long notModified, @JsonProperty("new") long fresh, long duplicate,
            long rejected, long bytes) {
    }
}
