package org.marsad.text;

import java.util.Set;

/**
 * Tells Arabic, Persian and Urdu apart in a text written mostly in Arabic script.
 *
 * <p>Evidence, counted per word:
 * <ul>
 *   <li>Urdu: a letter only Urdu writes (ٹ ڈ ڑ ں ے ہ ھ ۓ) or an Urdu function word (نے، ہے، کہ، کے، کا، سے…);</li>
 *   <li>Persian: a Persian function word written with Persian letters (که، این، را، است، می، های…);</li>
 *   <li>either: a letter both write and Arabic does not (پ چ ژ گ); it goes to whichever of the two leads;</li>
 *   <li>Arabic: an Arabic function word (في، من، على، إلى، أن، التي…).</li>
 * </ul>
 * Persian yeh and keheh (ی ک) alone are no evidence: Arabic pages use them in keyword lines and in names
 * typed on Persian keyboards. A text needs {@value #MIN_EVIDENCE} words of Persian or Urdu evidence, and more
 * of them than Arabic function words, before it stops being Arabic, so a Persian keyword line inside an
 * Arabic article leaves the article Arabic.
 */
final class ArabicScriptLanguage {

    static final int MIN_EVIDENCE = 2;

    private static final String URDU_LETTERS = "\u0679\u0688\u0691\u06BA\u06D2\u06C1\u06BE\u06D3";
    /** Peh, tcheh, jeh, gaf: Persian and Urdu both write them, Arabic does not. */
    private static final String PERSIAN_OR_URDU_LETTERS = "\u067E\u0686\u0698\u06AF";
    /** Keheh and Farsi yeh: the cheap test for whether a text can be Persian or Urdu at all. */
    private static final String PERSIAN_KEHEH_YEH = "\u06A9\u06CC";

    private static final Set<String> URDU_WORDS = Set.of(
            "نے", "ہے", "ہیں", "کہ", "کے", "کا", "سے", "تھا", "تھے", "گیا", "میں", "اور");
    private static final Set<String> PERSIAN_WORDS = Set.of(
            "که", "این", "را", "است", "می", "های", "برای", "شد", "شده", "کرد", "بود", "آن", "از", "با", "نیز");
    private static final Set<String> ARABIC_WORDS = Set.of(
            "في", "من", "على", "إلى", "الى", "عن", "أن", "ان", "التي", "الذي", "هذا", "هذه", "مع", "كان", "قال");

    private ArabicScriptLanguage() {
    }

    /** {@code fa}, {@code ur} or {@code ar} for a text already judged to be in Arabic script. */
    static String of(String text) {
        if (!hasPersianOrUrduLetter(text)) {
            // Persian and Urdu prose cannot be written without these letters: skip the word scan for Arabic.
            return LanguageDetector.ARABIC;
        }
        int urdu = 0;
        int persian = 0;
        int either = 0;
        int arabic = 0;
        for (String word : text.split("[^\\p{IsArabic}\\p{Mn}]+|[\\u060C\\u061B\\u061F\\u06D4\\u0640]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (URDU_WORDS.contains(word) || containsAny(word, URDU_LETTERS)) {
                urdu++;
            } else if (PERSIAN_WORDS.contains(word)) {
                persian++;
            } else if (containsAny(word, PERSIAN_OR_URDU_LETTERS)) {
                either++;
            } else if (ARABIC_WORDS.contains(word)) {
                arabic++;
            }
        }
        int evidence = urdu + persian + either;
        if (evidence < MIN_EVIDENCE || evidence <= arabic) {
            return LanguageDetector.ARABIC;
        }
        return urdu > persian ? LanguageDetector.URDU : LanguageDetector.PERSIAN;
    }

    static boolean hasPersianOrUrduLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0679' && c <= '\u06D3' && (URDU_LETTERS.indexOf(c) >= 0
                    || PERSIAN_OR_URDU_LETTERS.indexOf(c) >= 0 || PERSIAN_KEHEH_YEH.indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String word, String letters) {
        for (int i = 0; i < word.length(); i++) {
            if (letters.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
