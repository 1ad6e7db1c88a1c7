package org.marsad.streams;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * A record whose bytes cannot be read goes to the dead-letter topic (Kafka Streams'
 * {@code errors.dead.letter.queue.topic.name}) with Marsad's reason headers, and the stage keeps running.
 */
public final class DeadLetterDeserializationHandler extends LogAndContinueExceptionHandler {

    /** Streams config key naming the stage that reports the failure ({@code enrich}, {@code sink}). */
    public static final String STAGE_CONFIG = "marsad.error.stage";

    private String stage = "unknown";

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        Object configured = configs.get(STAGE_CONFIG);
        if (configured != null) {
            stage = configured.toString();
        }
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception error) {
        Response response = super.handleError(context, record, error);
        DeadLetters.withReason(response.deadLetterQueueRecords(), stage, context, error);
        return response;
    }
}
