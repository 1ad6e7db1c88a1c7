package org.marsad.streams;

import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.marsad.model.DeadLetterHeaders;

/**
 * Adds Marsad's reason headers to the dead-letter records Kafka Streams builds (which already carry its
 * {@code __streams.errors.*} headers), so every DLQ record can be read the same way whatever rejected it.
 */
final class DeadLetters {

    private DeadLetters() {
    }

    static List<ProducerRecord<byte[], byte[]>> withReason(
            List<ProducerRecord<byte[], byte[]>> records, String stage, ErrorHandlerContext context, Exception error) {
        for (ProducerRecord<byte[], byte[]> record : records) {
            DeadLetterHeaders.add(record.headers(), stage, reason(error), error.getClass().getName(),
                    context.topic(), context.partition(), context.offset());
        }
        return records;
    }

    private static String reason(Exception error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return root == error ? message : message + " (caused by " + root + ")";
    }
}
