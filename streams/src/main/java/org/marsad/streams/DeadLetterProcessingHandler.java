package org.marsad.streams;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * A record whose processing throws (a tagger bug on odd input, say) goes to the dead-letter topic with the
 * source bytes and Marsad's reason headers; the next record is processed.
 */
public final class DeadLetterProcessingHandler extends LogAndContinueProcessingExceptionHandler {

    private String stage = "unknown";

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        Object configured = configs.get(DeadLetterDeserializationHandler.STAGE_CONFIG);
        if (configured != null) {
            stage = configured.toString();
        }
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception error) {
        Response response = super.handleError(context, record, error);
        DeadLetters.withReason(response.deadLetterQueueRecords(), stage, context, error);
        return response;
    }
}
