package org.marsad.enrich.text;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A monetary value found by the extractor.
 *
 * @param text the mention as written
 * @param amount exact amount; null for {@link Qualifier#RANGE} and {@link Qualifier#UNSPECIFIED}
 * @param currency ISO 4217 code, null when ambiguous
 * @param unit the unit word or symbol as written
 * @param qualifier how the amount is hedged
 * @param min lower bound for a range, else null
 * @param max upper bound for a range, else null
 * @param field title or body
 * @param start half-open UTF-16 start
 * @param end half-open UTF-16 end
 * @param currencyBasis how {@code currency} was settled; null exactly when {@code currency} is null
 */
public record MoneySpan(
        String text,
        BigDecimal amount,
        String currency,
        String unit,
        Qualifier qualifier,
        BigDecimal min,
        BigDecimal max,
        Field field,
        int start,
        int end,
        CurrencyBasis currencyBasis) {

    public MoneySpan {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(field, "field");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + text);
        }
        if ((currency == null) != (currencyBasis == null)) {
            throw new IllegalArgumentException("a currency needs a basis and only a currency has one: " + text);
        }
    }
}
