package org.marsad.model;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/**
 * Header names on {@code marsad.articles.dlq}. Kafka Streams' own dead-letter records (deserialization
 * and processing failures) also carry its {@code __streams.errors.*} headers; both sets are documented in
 * the README.
 */
public final class DeadLetterHeaders {

    public static final String STAGE = "marsad.error.stage";
    public static final String REASON = "marsad.error.reason";
    public static final String EXCEPTION = "marsad.error.exception";
    public static final String SOURCE_TOPIC = "marsad.error.source.topic";
    public static final String SOURCE_PARTITION = "marsad.error.source.partition";
    public static final String SOURCE_OFFSET = "marsad.error.source.offset";

    private DeadLetterHeaders() {
    }

    /** Adds the Marsad reason headers to {@code headers}; {@code sourceTopic} may be null for pushed input. */
    public static Headers add(Headers headers, String stage, String reason, String exception,
            String sourceTopic, int sourcePartition, long sourceOffset) {
        headers.add(STAGE, utf8(stage));
        headers.add(REASON, utf8(reason));
        headers.add(EXCEPTION, utf8(exception));
        if (sourceTopic != null) {
            headers.add(SOURCE_TOPIC, utf8(sourceTopic));
            headers.add(SOURCE_PARTITION, utf8(Integer.toString(sourcePartition)));
            headers.add(SOURCE_OFFSET, utf8(Long.toString(sourceOffset)));
        }
        return headers;
    }

    /** The header's last value as a UTF-8 string, or null. */
    public static String get(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String value) {
        return value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    }
}
