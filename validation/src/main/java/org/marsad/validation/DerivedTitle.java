package org.marsad.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of an article whose source gave none (RSS 2.0 asks for a title <em>or</em> a description, #17): the
 * first sentence of the body's first paragraph, at most {@link #MAX_CHARS} characters, cut at a word boundary
 * with an ellipsis when longer, without a closing full stop. Pure: no Kafka, no I/O.
 */
public final class DerivedTitle {

    /** Longest derived title, ellipsis included: about a headline's length. */
    public static final int MAX_CHARS = 120;
    private static final char ELLIPSIS = '\u2026';
    /** A sentence ends at a full stop, Arabic or Latin question mark, exclamation mark or ellipsis, before a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u061F\u06D4\u2026](?=\\s|$)");

    private DerivedTitle() {
    }

    /** The title derived from {@code body}, or null when the body has no text. */
    public static String from(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        String paragraph = body.strip().split("\\R", 2)[0].strip();
        Matcher end = SENTENCE_END.matcher(paragraph);
        String sentence = end.find() ? paragraph.substring(0, end.end()) : paragraph;
        sentence = sentence.replaceAll("\\s+", " ");
        if (sentence.endsWith(".")) {
            sentence = sentence.substring(0, sentence.length() - 1).strip();
        }
        if (sentence.length() <= MAX_CHARS) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_CHARS - 1);
        String head = sentence.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS - 1).strip();
        return head + ELLIPSIS;
    }
}
