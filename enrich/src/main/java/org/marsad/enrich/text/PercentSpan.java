package org.marsad.enrich.text;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A percentage found by the extractor.
 *
 * @param text the mention as written
 * @param value the number as written ({@code 20} for 20%); null for a range
 * @param qualifier how the value is hedged
 * @param min lower bound for a range, else null
 * @param max upper bound for a range, else null
 * @param field title or body
 * @param start half-open UTF-16 start
 * @param end half-open UTF-16 end
 * @param unit what the value counts: percent, percentage points or basis points
 */
public record PercentSpan(
        String text, BigDecimal value, Qualifier qualifier, BigDecimal min, BigDecimal max, Field field, int start, int end,
        PercentUnit unit) {

    public PercentSpan {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(unit, "unit");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + text);
        }
    }
}
