package org.marsad.enrich.text.quantity;

import java.math.BigDecimal;

/**
 * A number or scale word from {@code numbers.tsv}.
 *
 * @param value the word's value (for a scale word the multiplier, for a dual the single scale)
 * @param kind how the word combines with its neighbours
 * @param glued true when the word only counts glued to a digit ({@code 5m}, never {@code 5 m})
 */
record NumberWord(BigDecimal value, Kind kind, boolean glued) {

    /** How a number word combines. */
    enum Kind {
        /** 1-9 and English 10-19: added, so {@code خمسة عشر} is five plus ten. */
        UNIT,
        /** Tens, {@code عشر} and {@code عشرة} included: added. */
        TEN,
        /** A hundred: multiplies a preceding unit, else added ({@code ثلاثمائة} carries its own 300). */
        HUNDRED,
        /** A scale word: multiplies what precedes, or stands for one ({@code مليون دولار}). */
        SCALE,
        /** A dual ({@code مليونان}, {@code ملياري}): two of the scale, never after a number. */
        DUAL,
        /** The accusative {@code ألفا}/{@code مليونا}: a scale after a number, else a dual construct. */
        SCALE_OR_DUAL,
        /** A plural scale ({@code ملايين}, {@code billions}): a scale after a number, else vague. */
        PLURAL,
        /** A fraction that needs a scale after it ({@code نصف مليار}) or follows one ({@code مليار ونصف}). */
        FRACTION,
        /** A vague multitude ({@code عشرات}, {@code hundreds}) before a plural scale or a currency. */
        MULTITUDE
    }
}
