package org.marsad.enrich.text.quantity;

/** Where a currency form, percent word or qualifier may stand relative to its number. */
enum Position {
    BEFORE, AFTER, BOTH;

    boolean before() {
        return this != AFTER;
    }

    boolean after() {
        return this != BEFORE;
    }
}
