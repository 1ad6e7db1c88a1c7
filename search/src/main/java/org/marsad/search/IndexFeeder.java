package org.marsad.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.marsad.model.Topics;
import org.marsad.search.IndexRecordDecoder.Decoded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the {@link SearchIndex} from the compacted index topic: reads every partition with
 * {@code read_committed} and no consumer group (the index commit, not Kafka, holds the position), starting at
 * the offsets of the last index commit, and commits the index after each non-empty poll. A record it cannot
 * index goes to the dead-letter topic ({@link DeadLetters}) and counts as applied, so one bad record never stops
 * the index.
 *
 * <p>Topics: reads {@code marsad.articles.index}, key String (article id), value IndexDocument (null: takedown);
 * writes {@code marsad.articles.dlq}, the rejected record's key, bytes and headers plus the reason headers.
 */
public final class IndexFeeder implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexFeeder.class);

    private final SearchIndex index;
    private final KafkaConsumer<String, byte[]> consumer;
    private final IndexRecordDecoder decoder = new IndexRecordDecoder();
    private final DeadLetters deadLetters;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private volatile long applied;
    private volatile long rejected;

    public IndexFeeder(SearchIndex index, Map<String, Object> kafkaClientBase) {
        this.index = index;
        Map<String, Object> props = new HashMap<>(kafkaClientBase);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.deadLetters = new DeadLetters(kafkaClientBase);
        this.thread = new Thread(this, "marsad-search-feeder");
    }

    /** Starts reading on its own thread. */
    public IndexFeeder start() {
        thread.start();
        return this;
    }

    /** Records applied since start (updates, takedowns and dead-lettered records). */
    public long applied() {
        return applied;
    }

    /** Records sent to the dead-letter topic since start. */
    public long rejected() {
        return rejected;
    }

    @Override
    public void run() {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.INDEX).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<Integer, Long> resume = index.appliedOffsets();
            for (TopicPartition tp : partitions) {
                Long next = resume.get(tp.partition());
                if (next == null) {
                    consumer.seekToBeginning(List.of(tp));
                } else {
                    consumer.seek(tp, next);
                }
            }
            while (running.get()) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    continue;
                }
                for (ConsumerRecord<String, byte[]> r : records) {
                    apply(r);
                }
                // Rejects must be on the dead-letter topic before the commit counts their offsets as applied.
                deadLetters.flush();
                index.commit();
                applied += records.count();
            }
        } catch (WakeupException e) {
            // close() asked us to stop while polling.
        } catch (IOException e) {
            LOG.error("marsad search: writing the index failed; the feeder stops", e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // The broker or the dead-letter topic failed, not a record: the index keeps its last commit.
            LOG.error("marsad search: reading " + Topics.INDEX + " failed; the feeder stops", e);
            throw e;
        } finally {
            consumer.close();
            deadLetters.close();
        }
    }

    private void apply(ConsumerRecord<String, byte[]> r) throws IOException {
        Decoded decoded = decoder.decode(r.key(), r.value());
        if (decoded.isRejected()) {
            reject(r, decoded.rejection(), decoded.exception());
            return;
        }
        try {
            index.apply(r.key(), decoded.document(), r.partition(), r.offset());
        } catch (IllegalArgumentException e) {
            reject(r, "Lucene refused the document: " + e.getMessage(), e.getClass().getName());
        }
    }

    private void reject(ConsumerRecord<String, byte[]> r, String reason, String exception) {
        LOG.warn("marsad search: {}-{}@{} (key {}) to {}: {}", r.topic(), r.partition(), r.offset(), r.key(),
                Topics.DLQ, reason);
        deadLetters.send(r, reason, exception);
        index.skip(r.partition(), r.offset());
        rejected++;
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
