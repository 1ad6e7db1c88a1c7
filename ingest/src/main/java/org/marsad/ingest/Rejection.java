package org.marsad.ingest;

import java.util.Objects;

/**
 * One input that was not ingested.
 *
 * @param source what was read: feed URL, file and line, or HTTP request
 * @param reason why it was rejected
 */
public record Rejection(String source, String reason) {

    public Rejection {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
