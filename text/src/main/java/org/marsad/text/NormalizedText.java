package org.marsad.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A normalised text with a map back to the text it came from, so that a match found in the normalised
 * form can be reported as a half-open {@code [start, end)} UTF-16 span of the original.
 *
 * @param original the text as given
 * @param text the normalised text
 * @param origins for each char of {@code text}, the index of the original char it came from, plus one
 *     trailing entry equal to {@code original.length()}
 */
public record NormalizedText(String original, String text, int[] origins) {

    public NormalizedText {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origins, "origins");
        if (origins.length != text.length() + 1) {
            throw new IllegalArgumentException(
                    "origins must have text.length() + 1 entries, got " + origins.length + " for " + text.length());
        }
        origins = origins.clone();
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
    public int[] origins() {
        return origins.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NormalizedText that
                && original.equals(that.original)
                && text.equals(that.text)
                && Arrays.equals(origins, that.origins);
    }

    @Override
    public int hashCode() {
        return Objects.hash(original, text, Arrays.hashCode(origins));
    }

    @Override
    public String toString() {
        return "NormalizedText[" + text + "]";
    }
}
