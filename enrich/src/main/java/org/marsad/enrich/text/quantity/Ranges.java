package org.marsad.enrich.text.quantity;

import java.math.BigDecimal;

/** Shares the scale of a range's upper end with a lower end written without one. */
final class Ranges {

    private Ranges() {
    }

    /**
     * The lower end's value: {@code بين 10 و20 مليون} and {@code $1.5-2 billion} borrow the upper end's scale,
     * unless the borrowed value would exceed the upper end ({@code between 500,000 and 2 million}).
     */
    static BigDecimal lowEnd(NumberMatch low, NumberMatch high) {
        return borrowsScale(low, high) ? low.value().multiply(high.scale()) : low.value();
    }

    /**
     * {@code 10 و20 مليون دولار} without بين: a bare lower end joins only when it shares the scale and the
     * currency written after the upper end, which has no currency before it.
     */
    static boolean sharesTail(NumberMatch low, NumberMatch high, PhraseTable.Match<CurrencyEntry> highBefore,
            PhraseTable.Match<CurrencyEntry> highAfter) {
        return highBefore == null && highAfter != null && borrowsScale(low, high);
    }

    /** True when the lower end is written without a scale and takes the upper end's. */
    static boolean borrowsScale(NumberMatch low, NumberMatch high) {
        return low.scale() == null && high.scale() != null
                && low.value().multiply(high.scale()).compareTo(high.value()) <= 0;
    }
}
