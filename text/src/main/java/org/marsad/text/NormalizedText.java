package org.marsad.text;

import java.util.Objects;

/**
 * A normalised text with a map back to the text it came from, so that a match found in the normalised
 * form can be reported as a half-open {@code [start, end)} UTF-16 span of the original.
 *
 * <p>A class rather than a record: the offset map is built once by {@link ArabicNormalizer} and owned here
 * without the defensive copies a record's array component would need, since every field of every article
 * passes through it.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] origins;

    /**
     * Takes ownership of {@code origins}: for each char of {@code text}, the index of the original char it
     * came from, plus one trailing entry equal to {@code original.length()}.
     */
    NormalizedText(String original, String text, int[] origins) {
        this.original = Objects.requireNonNull(original, "original");
        this.text = Objects.requireNonNull(text, "text");
        this.origins = Objects.requireNonNull(origins, "origins");
        if (origins.length != text.length() + 1) {
            throw new IllegalArgumentException(
                    "origins must have text.length() + 1 entries, got " + origins.length + " for " + text.length());
        }
    }

    /** The text as given. */
    public String original() {
        return original;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /** Original offset of the normalised char at {@code start}. */
    public int originalStart(int start) {
        return origins[start];
    }

    /**
     * Original exclusive end for a normalised exclusive end: one past the original char that produced the
     * last normalised char, so marks removed after a match (harakat, tatweel) stay outside the span.
     */
    public int originalEnd(int end) {
        return end == 0 ? origins[0] : origins[end - 1] + 1;
    }

    @Override
    public String toString() {
        return "NormalizedText[" + text + "]";
    }
}
