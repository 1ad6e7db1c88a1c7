package org.marsad.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.marsad.model.DeadLetterHeaders;
import org.marsad.model.Topics;

/**
 * Writes index-topic records the search stage cannot index to {@code marsad.articles.dlq}: the original key,
 * bytes and headers, plus the {@link DeadLetterHeaders} naming stage {@value #STAGE}, the reason and the source
 * position. The feeder {@link #flush}es before each index commit, so a record whose offset the index counts as
 * applied is on the dead-letter topic (a crash between the two writes it there twice, never zero times).
 */
final class DeadLetters implements AutoCloseable {

    static final String STAGE = "search";

    private final KafkaProducer<String, byte[]> producer;
    private final List<Future<RecordMetadata>> pending = new ArrayList<>();

    DeadLetters(Map<String, Object> kafkaClientBase) {
        Map<String, Object> props = new HashMap<>(kafkaClientBase);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    void send(ConsumerRecord<String, byte[]> record, String reason, String exception) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        DeadLetterHeaders.add(headers, STAGE, reason, exception, record.topic(), record.partition(), record.offset());
        pending.add(producer.send(new ProducerRecord<>(Topics.DLQ, null, record.key(), record.value(), headers)));
    }

    /** Waits until every record sent is acknowledged; throws when one failed, so the index does not commit. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        producer.flush();
        try {
            for (Future<RecordMetadata> sent : pending) {
                sent.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("Interrupted while writing to " + Topics.DLQ, e);
        } catch (ExecutionException e) {
            throw new KafkaException("Cannot write a rejected index record to " + Topics.DLQ + ": "
                    + e.getCause().getMessage(), e.getCause());
        } finally {
            pending.clear();
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
