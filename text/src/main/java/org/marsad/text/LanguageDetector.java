package org.marsad.text;

/**
 * Guesses whether a text is Arabic ({@code ar}), English ({@code en}) or neither ({@code und}) from the
 * share of Arabic and Latin letters.
 *
 * <p>Arabic news quotes Latin glosses ({@code (xAI)}) and English news quotes the odd Arabic word, so the
 * decision is a majority of letters, not the presence of one script. Texts with fewer than
 * {@value #MIN_LETTERS} letters are {@code und}: a title of two acronyms says nothing.
 */
public final class LanguageDetector {

    public static final String ARABIC = "ar";
    public static final String ENGLISH = "en";
    public static final String UNDETERMINED = "und";

    static final int MIN_LETTERS = 8;
    private static final double MAJORITY = 0.6;

    private LanguageDetector() {
    }

    public static String detect(String text) {
        if (text == null) {
            return UNDETERMINED;
        }
        int arabic = 0;
        int latin = 0;
        int other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.ARABIC) {
                arabic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            } else {
                other++;
            }
        }
        int letters = arabic + latin + other;
        if (letters < MIN_LETTERS) {
            return UNDETERMINED;
        }
        if (arabic >= MAJORITY * letters) {
            return ARABIC;
        }
        return latin >= MAJORITY * letters ? ENGLISH : UNDETERMINED;
    }
}
