package org.marsad.model;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/**
 * Headers that carry a raw record's position on a tombstone, whose null value has no room for
 * {@code rawPartition} and {@code rawOffset}; the sink orders takedowns against replays with them.
 */
public final class RawPositionHeaders {

    public static final String PARTITION = "marsad.raw.partition";
    public static final String OFFSET = "marsad.raw.offset";

    private RawPositionHeaders() {
    }

    /** Replaces the position headers on {@code headers}. */
    public static Headers add(Headers headers, int partition, long offset) {
        headers.remove(PARTITION);
        headers.remove(OFFSET);
        headers.add(PARTITION, Integer.toString(partition).getBytes(StandardCharsets.UTF_8));
        headers.add(OFFSET, Long.toString(offset).getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    /** The header as a long, or null when it is missing. */
    public static Long get(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null ? null : Long.valueOf(new String(header.value(), StandardCharsets.UTF_8));
    }
}
