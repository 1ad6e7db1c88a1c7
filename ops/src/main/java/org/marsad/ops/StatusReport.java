package org.marsad.ops;

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
 */
public record StatusReport(Instant at, List<TopicStatus> topics, List<GroupLag> groups, DeadLetters deadLetters,
        List<String> replays) {

    public StatusReport {
        topics = List.copyOf(topics);
        groups = List.copyOf(groups);
        replays = List.copyOf(replays);
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
}
