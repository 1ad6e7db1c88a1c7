package org.marsad.ops;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

/**
 * What {@code marsad status} reports, read from the cluster with the Admin API and one unassigned consumer:
 * topics with partitions, offsets and bytes on disk; each stage's consumer-group lag against the last stable
 * offset (what a read_committed reader can reach); the dead-letter count and latest reasons; replays running.
 */
public final class PipelineStatus {

    private final Admin admin;
    private final Consumer<byte[], byte[]> reader;
    private final Duration timeout;

    /** {@code reader} must be a read_committed consumer without a group; it is assigned and sought here. */
    public PipelineStatus(Admin admin, Consumer<byte[], byte[]> reader, Duration timeout) {
        this.admin = admin;
        this.reader = reader;
        this.timeout = timeout;
    }

    /**
     * Reads the status.
     *
     * @param topics the topics to describe, in report order
     * @param groups the stage groups whose lag to report
     * @param replayGroupPrefix groups with this prefix that have members are replays in progress
     * @param deadLetters the dead-letter topic, of which the latest {@code latestReasons} reasons are read
     * @param reasonHeader the header holding a dead letter's reason
     */
    public StatusReport read(List<String> topics, List<String> groups, String replayGroupPrefix, String deadLetters,
            String reasonHeader, int latestReasons) {
        Map<String, TopicDescription> described = get(admin.describeTopics(topics).allTopicNames());
        List<TopicPartition> partitions = described.values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
        Map<TopicPartition, Long> earliest = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> stable = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> bytes = bytesOnDisk();
        List<StatusReport.TopicStatus> topicStatuses = new ArrayList<>();
        for (String topic : topics) {
            List<StatusReport.PartitionStatus> parts = described.get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .map(tp -> new StatusReport.PartitionStatus(tp.partition(), earliest.get(tp), stable.get(tp),
                            bytes.getOrDefault(tp, 0L)))
                    .toList();
            topicStatuses.add(new StatusReport.TopicStatus(topic, parts));
        }
        List<StatusReport.GroupLag> lags = new ArrayList<>();
        for (String group : groups) {
            lags.add(lag(group, stable));
        }
        return new StatusReport(Instant.now(), topicStatuses, lags,
                new StatusReport.DeadLetters(deadLetters, records(deadLetters, earliest, stable),
                        latestReasons(deadLetters, earliest, stable, reasonHeader, latestReasons)),
                replays(replayGroupPrefix), null);
    }

    private StatusReport.GroupLag lag(String group, Map<TopicPartition, Long> stable) {
        Map<TopicPartition, OffsetAndMetadata> committed =
                get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        List<StatusReport.PartitionLag> partitions = committed.entrySet().stream()
                .filter(entry -> entry.getValue() != null && stable.containsKey(entry.getKey()))
                .sorted(Comparator.comparing((Map.Entry<TopicPartition, OffsetAndMetadata> e) -> e.getKey().topic())
                        .thenComparing(e -> e.getKey().partition()))
                .map(entry -> new StatusReport.PartitionLag(entry.getKey().topic(), entry.getKey().partition(),
                        entry.getValue().offset(),
                        Math.max(0, stable.get(entry.getKey()) - entry.getValue().offset())))
                .toList();
        return new StatusReport.GroupLag(group, partitions);
    }

    private List<String> replays(String prefix) {
        Collection<GroupListing> listed = get(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all());
        return listed.stream()
                .filter(g -> g.groupId().startsWith(prefix))
                .filter(g -> g.groupState().map(s -> s != GroupState.EMPTY && s != GroupState.DEAD).orElse(false))
                .map(GroupListing::groupId)
                .sorted()
                .toList();
    }

    private static long records(String topic, Map<TopicPartition, Long> earliest, Map<TopicPartition, Long> stable) {
        return stable.entrySet().stream().filter(e -> e.getKey().topic().equals(topic))
                .mapToLong(e -> e.getValue() - earliest.get(e.getKey())).sum();
    }

    /** The reasons of the last {@code n} dead letters of each partition, newest first, at most {@code n} in all. */
    private List<StatusReport.DeadLetter> latestReasons(String topic, Map<TopicPartition, Long> earliest,
            Map<TopicPartition, Long> stable, String reasonHeader, int n) {
        List<TopicPartition> partitions = stable.keySet().stream().filter(tp -> tp.topic().equals(topic)).toList();
        reader.assign(partitions);
        Map<TopicPartition, Long> remaining = new HashMap<>();
        for (TopicPartition tp : partitions) {
            long from = Math.max(earliest.get(tp), stable.get(tp) - n);
            reader.seek(tp, from);
            if (from < stable.get(tp)) {
                remaining.put(tp, stable.get(tp));
            }
        }
        List<ConsumerRecord<byte[], byte[]>> seen = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        while (!remaining.isEmpty() && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<byte[], byte[]> record : reader.poll(Duration.ofMillis(200))) {
                seen.add(record);
            }
            remaining.keySet().removeIf(tp -> reader.position(tp) >= remaining.get(tp));
        }
        return seen.stream()
                .sorted(Comparator.comparingLong((ConsumerRecord<byte[], byte[]> r) -> r.timestamp()).reversed())
                .limit(n)
                .map(r -> new StatusReport.DeadLetter(Instant.ofEpochMilli(r.timestamp()),
                        r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8), header(r, reasonHeader)))
                .collect(Collectors.toList());
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> request = partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> spec));
        return get(admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all())
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** Bytes of each partition's log, summed over its replicas. */
    private Map<TopicPartition, Long> bytesOnDisk() {
        List<Integer> brokers = get(admin.describeCluster().nodes()).stream().map(Node::id).toList();
        Map<TopicPartition, Long> bytes = new HashMap<>();
        get(admin.describeLogDirs(brokers).allDescriptions()).values().forEach(dirs -> dirs.values().forEach(dir ->
                dir.replicaInfos().forEach((tp, replica) -> bytes.merge(tp, replica.size(), Long::sum))));
        return bytes;
    }

    private <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the pipeline status", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot read the pipeline status: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Cannot read the pipeline status: no answer from Kafka within " + timeout, e);
        }
    }
}
