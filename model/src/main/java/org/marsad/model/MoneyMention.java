package org.marsad.model;

/**
 * A monetary value. Numbers are plain decimal strings ({@code "9740000000"}), never exponents or floats.
 *
 * @param text the mention as written
 * @param amount exact amount; null for {@code RANGE} and {@code UNSPECIFIED}
 * @param currency ISO 4217 code, null when the unit is ambiguous and nothing in the article settles it
 * @param unit the unit word or symbol as written ({@code دولار}, {@code $})
 * @param qualifier {@code EXACT, APPROX, UP_TO, AT_LEAST, MORE_THAN, LESS_THAN, RANGE, UNSPECIFIED}
 * @param min lower bound, only for {@code RANGE}
 * @param max upper bound, only for {@code RANGE}
 * @param field {@code title}, {@code body} or {@code keywords}
 * @param start half-open UTF-16 start offset into the field
 * @param end half-open UTF-16 end offset into the field
 * @param currencyBasis how {@code currency} was settled: {@code explicit} (the mention names it),
 *     {@code sentence}, {@code article}, {@code source} (the source's country or its web address),
 *     {@code default} (the form's documented fallback), or null when {@code currency} is null. Added after
 *     schema version 1 as an optional field: older records have none.
 */
public record MoneyMention(
        String text,
        String amount,
        String currency,
        String unit,
        String qualifier,
        String min,
        String max,
        String field,
        int start,
        int end,
        String currencyBasis) {

    /** A mention without a currency basis, as written before the field existed. */
    public MoneyMention(String text, String amount, String currency, String unit, String qualifier, String min,
            String max, String field, int start, int end) {
        this(text, amount, currency, unit, qualifier, min, max, field, start, end, null);
    }
}
