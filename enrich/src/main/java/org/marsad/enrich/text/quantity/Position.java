package org.marsad.enrich.text.quantity;

/** Where a currency form, percent word or qualifier may stand relative to its number. */
enum Position {
    BEFORE, AFTER, BOTH,
    /** After a number with a scale word only: {@code 2 million pounds} is money, {@code 5 pounds} may be weight. */
    AFTER_SCALED;

    boolean before() {
        return this == BEFORE || this == BOTH;
    }

    boolean after() {
        return this != BEFORE;
    }
}
