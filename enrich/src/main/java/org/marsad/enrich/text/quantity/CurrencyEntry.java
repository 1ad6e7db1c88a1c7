package org.marsad.enrich.text.quantity;

import java.math.BigDecimal;

/**
 * A way of writing a currency, from {@code currencies.tsv} or {@code iso_codes.tsv}.
 *
 * @param unit the currency family ({@code dollar}, {@code riyal}) used to settle an ambiguous mention
 * @param iso ISO 4217 code the form names outright, or null when the form is shared by several countries
 * @param fallback code used when nothing in the article settles an ambiguous form, or null
 * @param factor what one unit is worth in the main unit (0.01 for a cent)
 * @param position where the form may stand relative to the number
 * @param upperOnly true when the form only counts written in capitals (ISO codes such as {@code TRY})
 */
record CurrencyEntry(String unit, String iso, String fallback, BigDecimal factor, Position position, boolean upperOnly) {


    boolean isSubunit() {
        return factor.compareTo(BigDecimal.ONE) < 0;
    }
}
