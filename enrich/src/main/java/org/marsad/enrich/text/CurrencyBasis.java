package org.marsad.enrich.text;

import java.util.Locale;

/** How a money mention's ISO code was settled, nearest evidence first. */
public enum CurrencyBasis {
    /** The mention names the currency outright ({@code ريال سعودي}, {@code US$}, {@code EUR}). */
    EXPLICIT,
    /** A country word or place in the mention's own sentence. */
    SENTENCE,
    /** Another mention that names its country, or a country word or place elsewhere in the article. */
    ARTICLE,
    /** The source's country, the source's name, or the country-code domain of the article's address. */
    SOURCE,
    /** The form's documented fallback ({@code $} is USD, {@code £} GBP). */
    DEFAULT;

    /** The lower-case name written on the wire. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
