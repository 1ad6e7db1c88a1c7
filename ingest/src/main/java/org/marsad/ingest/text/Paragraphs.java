package org.marsad.ingest.text;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Joins paragraphs into a body: whitespace inside a paragraph collapsed to one space, invisible
 * characters removed, empty paragraphs dropped, paragraphs separated by one blank line.
 */
public final class Paragraphs {

    public static final String SEPARATOR = "\n\n";

    /** Zero-width space, zero-width no-break space (BOM) and soft hyphen: copy-paste debris. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

    private Paragraphs() {
    }

    /** One paragraph with its whitespace normalised. */
    public static String normalise(String paragraph) {
        return SPACES.matcher(INVISIBLE.matcher(paragraph).replaceAll("")).replaceAll(" ").strip();
    }

    /** The body made of {@code paragraphs}. */
    public static String join(List<String> paragraphs) {
        return paragraphs.stream().map(Paragraphs::normalise).filter(p -> !p.isEmpty())
                .collect(Collectors.joining(SEPARATOR));
    }

    /** Plain text whose lines are paragraphs (blank lines allowed between them) as a body. */
    public static String fromLines(String text) {
        return join(List.of(text.split("\\R")));
    }
}
