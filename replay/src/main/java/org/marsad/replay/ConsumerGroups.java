package org.marsad.replay;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;

/** The consumer-group calls a replay needs: seed offsets, read them back, delete the group when done. */
public final class ConsumerGroups {

    private final Admin admin;

    public ConsumerGroups(Admin admin) {
        this.admin = admin;
    }

    /** Commits {@code offsets} for {@code group}, which must have no running member (a new group has none). */
    public void commit(String group, Map<TopicPartition, Long> offsets) {
        Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
        offsets.forEach((tp, offset) -> commits.put(tp, new OffsetAndMetadata(offset)));
        Futures.get("commit start offsets of group " + group, admin.alterConsumerGroupOffsets(group, commits).all());
    }

    /** The group's committed offsets on {@code topic}; a partition without a commit is absent. */
    public Map<TopicPartition, Long> committed(String group, String topic) {
        Map<TopicPartition, OffsetAndMetadata> all = Futures.get("read committed offsets of group " + group,
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        Map<TopicPartition, Long> offsets = new HashMap<>();
        all.forEach((tp, meta) -> {
            if (meta != null && tp.topic().equals(topic)) {
                offsets.put(tp, meta.offset());
            }
        });
        return offsets;
    }

    /**
     * Deletes {@code group}. A member that has just left may still be listed for a moment, so a non-empty
     * group is retried until {@code patience} runs out.
     */
    public void delete(String group, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                admin.deleteConsumerGroups(List.of(group)).all().get();
                return;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof GroupIdNotFoundException) {
                    return;
                }
                if (!(e.getCause() instanceof GroupNotEmptyException) || System.nanoTime() > deadline) {
                    throw new KafkaCallException("delete consumer group " + group, e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaCallException("delete consumer group " + group, e);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            // Waiting for the group coordinator to drop the departed member; there is no event to wait on.
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaCallException("wait for an empty consumer group", e);
        }
    }
}
