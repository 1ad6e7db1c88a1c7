package org.marsad.enrich.text.quantity;

/** Where a currency form, percent word or qualifier may stand relative to its number. */
enum Position {
    BEFORE, AFTER, BOTH,
    /** After a number with a scale word only: {@code 2 million pounds} is money, {@code 5 pounds} may be weight. */
    AFTER_SCALED,
    /**
     * Right after the number, written against it and in lower case: {@code 5pc} is a percentage, while
     * {@code a Windows 10 PC} or {@code 10 pc} are not; percent words only.
     */
    AFTER_GLUED,
    /**
     * Written against the number in lower case, and only as the minor part of a compound amount
     * ({@code $20 and 43c}): a lone {@code 3c} is a grade or a form, not three cents; currency forms only.
     */
    TAIL_GLUED,
    /**
     * A dual that stands alone for two ({@code دفع ديناران}, {@code نقطتين مئويتين}): never after a number, and
     * never with the article ({@code الدولاران} names two currencies, not an amount); currency and percent words.
     */
    DUAL,
    /**
     * A scale word that also names the currency, only with a money word in the sentence ({@code paid 10 grand});
     * currency forms only.
     */
    AFTER_CONTEXT,
    /**
     * A minus word right before a percentage's number ({@code minus 0.5 percent}, {@code سالب 2 في المئة}): the
     * value is negative and the word is inside the span; percent words only, never a percent word itself.
     */
    MINUS,
    /**
     * A rate word before a bare number ({@code بنسبة 10}): a percentage unless a ratio, range, number or currency
     * word follows the number ({@code نسبة 1 إلى 3}); percent words only.
     */
    BEFORE_RATE,
    /**
     * A hedging verb: right before the amount, or before its subject in verb-first order
     * ({@code تخطى سعر الذهب 3 آلاف دولار}); qualifiers only.
     */
    VERB;

    boolean before() {
        return this == BEFORE || this == BOTH || this == VERB || this == BEFORE_RATE;
    }

    boolean after() {
        return this == AFTER || this == BOTH || this == AFTER_SCALED || this == AFTER_GLUED;
    }
}
