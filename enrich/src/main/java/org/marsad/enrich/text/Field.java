package org.marsad.enrich.text;

/** The article field a span points into; spans are offsets into that field as it stands. */
public enum Field {
    TITLE, BODY, KEYWORDS;

    /** The lower-case name used on the wire ({@code title}, {@code body}, {@code keywords}). */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
