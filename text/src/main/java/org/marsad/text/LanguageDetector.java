package org.marsad.text;

import java.util.Locale;
import java.util.Set;

/**
 * Guesses whether a text is Arabic ({@code ar}), Persian ({@code fa}), Urdu ({@code ur}), English
 * ({@code en}) or none of these ({@code und}) from the share of Arabic-script and Latin letters, for Arabic
 * script from the letters and function words of each language ({@link ArabicScriptLanguage}), and for Latin
 * text from English function words.
 *
 * <p>Arabic news quotes Latin glosses ({@code (xAI)}) and English news quotes the odd Arabic word, so the
 * decision is a majority of letters, not the presence of one script. Texts with fewer than
 * {@value #MIN_LETTERS} letters are {@code und}: a title of two acronyms says nothing. Latin script is not
 * English: a French or Spanish text has few English function words ({@code the}, {@code of}, {@code and}...)
 * and is {@code und}; a short Latin text (a headline) is too short to tell and counts as English, the only
 * Latin-script language Marsad tags.
 */
public final class LanguageDetector {

    public static final String ARABIC = "ar";
    public static final String ENGLISH = "en";
    public static final String PERSIAN = "fa";
    public static final String URDU = "ur";
    public static final String UNDETERMINED = "und";

    static final int MIN_LETTERS = 8;
    private static final double MAJORITY = 0.6;
    /** Below this many Latin words a text is too short to judge by function words. */
    private static final int MIN_WORDS_TO_JUDGE = 12;
    /** Running English has roughly one function word in three; other languages almost none of these. */
    private static final double MIN_FUNCTION_WORD_SHARE = 0.08;
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of(
            "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "were", "said",
            "by", "at", "it", "from", "has", "have", "had", "be", "are", "its", "an", "he", "she", "they", "will",
            "this", "after", "but", "not", "which", "who", "would");

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
            if (isAsciiLetter(c)) {
                latin++;
                continue;
            }
            if (isBasicArabicLetter(c)) {
                arabic++;
                continue;
            }
            if (c < 0x80 || !Character.isLetter(c)) {
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
            return ArabicScriptLanguage.of(text);
        }
        return latin >= MAJORITY * letters && readsAsEnglish(text) ? ENGLISH : UNDETERMINED;
    }

    /**
     * Whether {@code text} holds a letter Persian or Urdu write and Arabic does not (ی and ک included): without
     * one, no paragraph of it can be Persian or Urdu, and a caller may skip splitting it by language.
     */
    public static boolean mayHoldPersianOrUrdu(String text) {
        return ArabicScriptLanguage.hasPersianOrUrduLetter(text);
    }

    /** Fast path for the letters of nearly every text: no script look-up (a binary search) for them. */
    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The Arabic alphabet, hamza to yeh, without tatweel (U+0640), whose script is Common. */
    static boolean isBasicArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' && c != '\u0640';
    }

    private static boolean readsAsEnglish(String text) {
        int words = 0;
        int functionWords = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{IsLatin}']+")) {
            if (!word.isEmpty()) {
                words++;
                functionWords += ENGLISH_FUNCTION_WORDS.contains(word) ? 1 : 0;
            }
        }
        return words < MIN_WORDS_TO_JUDGE || functionWords >= MIN_FUNCTION_WORD_SHARE * words;
    }
}
