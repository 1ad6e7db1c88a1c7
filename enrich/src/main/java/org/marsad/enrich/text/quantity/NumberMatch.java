package org.marsad.enrich.text.quantity;

import java.math.BigDecimal;

/**
 * A number read from tokens.
 *
 * @param value exact value, null for a vague multitude ({@code ملايين}, {@code billions})
 * @param start first token
 * @param prefixLength clitic letters at the start of the first token that are not part of the number
 * @param end token after the number
 * @param scale the smallest scale word applied ({@code 1000000} for {@code 3 ملايين}), null when none
 */
record NumberMatch(BigDecimal value, int start, int prefixLength, int end, BigDecimal scale) {

    boolean isVague() {
        return value == null;
    }

    NumberMatch withEnd(BigDecimal newValue, int newEnd, BigDecimal newScale) {
        return new NumberMatch(newValue, start, prefixLength, newEnd, newScale);
    }
}
