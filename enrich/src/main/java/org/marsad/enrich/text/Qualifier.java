package org.marsad.enrich.text;

/** How a number is hedged in the text: {@code ما يصل إلى 500} is {@link #UP_TO}, {@code نحو 100} {@link #APPROX}. */
public enum Qualifier {
    EXACT, APPROX, UP_TO, AT_LEAST, MORE_THAN, LESS_THAN, RANGE, UNSPECIFIED
}
