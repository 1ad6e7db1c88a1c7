package org.marsad.text;

import java.util.Objects;

/**
 * A stretch {@code [start, end)} of a text (UTF-16 offsets) written in one language.
 *
 * @param start    first char of the stretch
 * @param end      one past its last char
 * @param language a {@link LanguageDetector} code
 */
public record LanguageRun(int start, int end, String language) {

    public LanguageRun {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad language run [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(language, "language");
    }
}
