package org.marsad.model;

/**
 * A percentage.
 *
 * @param text the mention as written
 * @param value the number as a plain decimal string ({@code "20"} for 20%); null for {@code RANGE}
 * @param qualifier as for money
 * @param min lower bound, only for {@code RANGE}
 * @param max upper bound, only for {@code RANGE}
 * @param field {@code title}, {@code body} or {@code keywords}
 * @param start half-open UTF-16 start offset into the field
 * @param end half-open UTF-16 end offset into the field
 * @param unit {@code PERCENT}, {@code PERCENTAGE_POINT} ({@code نقطة مئوية}) or {@code BASIS_POINT}
 *     ({@code نقطة أساس}); {@code value} is in that unit. Added after schema version 1 as an optional field:
 *     older records have none, which means {@code PERCENT}.
 */
public record PercentageMention(
        String text, String value, String qualifier, String min, String max, String field, int start, int end,
        String unit) {

    /** A mention without a unit, as written before the field existed. */
    public PercentageMention(String text, String value, String qualifier, String min, String max, String field,
            int start, int end) {
        this(text, value, qualifier, min, max, field, start, end, null);
    }
}
