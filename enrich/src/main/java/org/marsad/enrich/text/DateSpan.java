package org.marsad.enrich.text;

import java.util.Objects;

/**
 * A date found by the extractor.
 *
 * @param text the mention as written
 * @param iso {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, or {@code --MM-DD} when the year is unknown
 * @param field title or body
 * @param start half-open UTF-16 start
 * @param end half-open UTF-16 end
 */
public record DateSpan(String text, String iso, Field field, int start, int end) {

    public DateSpan {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(iso, "iso");
        Objects.requireNonNull(field, "field");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + text);
        }
    }
}
