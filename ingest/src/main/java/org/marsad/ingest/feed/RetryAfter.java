package org.marsad.ingest.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads a {@code Retry-After} header (RFC 9110 §10.2.3: delay seconds or an HTTP date), capped so a feed
 * cannot park itself for a year; null when absent or unreadable (the backoff then decides alone).
 */
final class RetryAfter {

    private RetryAfter() {
    }

    static Duration parse(String header, Clock clock, Duration max) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        Duration wait;
        if (value.matches("\\d{1,12}")) {
            wait = Duration.ofSeconds(Long.parseLong(value));
        } else {
            try {
                wait = Duration.between(clock.instant(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
