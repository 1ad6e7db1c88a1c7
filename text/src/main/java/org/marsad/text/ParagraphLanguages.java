package org.marsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into runs of one language, paragraph by paragraph, so that a tagger for one language sees
 * only its own paragraphs (a Persian quote inside an Arabic article, an Urdu paragraph in English news).
 *
 * <p>A paragraph is a line. A paragraph with too few letters to judge takes the language of the paragraph
 * before it, or, at the start, the article's language: a date line or a two-word caption does not start a
 * language of its own. A long paragraph in a language Marsad does not tag (French, say) stays
 * {@link LanguageDetector#UNDETERMINED}. Neighbouring paragraphs of one language make one run. The runs
 * cover the whole text, line breaks included.
 */
public final class ParagraphLanguages {

    private ParagraphLanguages() {
    }

    /** The runs of {@code text}, whose language as a whole is {@code articleLanguage}. */
    public static List<LanguageRun> of(String text, String articleLanguage) {
        List<LanguageRun> runs = new ArrayList<>();
        String previous = articleLanguage;
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            String language = LanguageDetector.detect(text.substring(start, end));
            if (language.equals(LanguageDetector.UNDETERMINED) && tooShortToJudge(text, start, end)) {
                language = previous;
            }
            append(runs, new LanguageRun(start, end, language));
            previous = language;
            start = end;
        }
        return List.copyOf(runs);
    }

    private static boolean tooShortToJudge(String text, int start, int end) {
        int letters = 0;
        for (int i = start; i < end && letters < LanguageDetector.MIN_LETTERS; i++) {
            letters += Character.isLetter(text.charAt(i)) ? 1 : 0;
        }
        return letters < LanguageDetector.MIN_LETTERS;
    }

    private static void append(List<LanguageRun> runs, LanguageRun run) {
        int last = runs.size() - 1;
        if (last >= 0 && runs.get(last).language().equals(run.language())) {
            runs.set(last, new LanguageRun(runs.get(last).start(), run.end(), run.language()));
        } else {
            runs.add(run);
        }
    }
}
