package org.marsad.streams;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.marsad.config.ClusterConfig;
import org.marsad.model.Topics;

/**
 * Kafka Streams properties shared by the enrich and sink applications: exactly-once v2, the dead-letter
 * topic and its handlers, and message sizes derived from the one article size limit.
 *
 * <p>Time-outs: {@code transaction.timeout.ms} (60 s) bounds how long a crashed instance's open transaction
 * blocks read_committed readers; {@code max.poll.interval.ms} (5 min) is far above the worst batch the tagger
 * can take (its time per article is bounded), so a slow batch never fences the producer.
 */
public final class StreamsSettings {

    public static final int TRANSACTION_TIMEOUT_MS = 60_000;
    public static final int MAX_POLL_INTERVAL_MS = 300_000;

    private StreamsSettings() {
    }

    /**
     * Properties for one application.
     *
     * @param overrides extra Streams properties (tests lower time-outs here), applied last
     */
    public static Properties forApplication(String applicationId, String stage, String stateDir, int threads,
            ClusterConfig cluster, Map<String, Object> overrides) {
        Properties props = new Properties();
        props.putAll(cluster.clientBase());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) cluster.replicationFactor());
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DLQ);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        props.put(DeadLetterDeserializationHandler.STAGE_CONFIG, stage);
        // Opt in now to what Kafka 5.0 makes the default, so no behaviour changes on upgrade.
        props.put("processing.exception.handler.global.enabled", true);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), TRANSACTION_TIMEOUT_MS);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), cluster.maxMessageBytes());
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG), MAX_POLL_INTERVAL_MS);
        props.put(StreamsConfig.topicPrefix("max.message.bytes"), Integer.toString(cluster.maxMessageBytes()));
        props.putAll(overrides);
        return props;
    }
}
