package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One test per decision of {@link LanguageDetector}. */
class LanguageDetectorTest {

    @Test
    void shouldDetectArabicWhenArabicLettersDominateDespiteGloss() {
        assertEquals("ar", LanguageDetector.detect("\u0623\u0639\u0644\u0646\u062A \u0627\u0644\u0634\u0631\u0643\u0629 (xAI)"));
    }

    @Test
    void shouldDetectEnglishWhenLatinLettersDominate() {
        assertEquals("en", LanguageDetector.detect("The committee met on Tuesday"));
    }

    @Test
    void shouldBeUndeterminedWhenTooFewLetters() {
        assertEquals("und", LanguageDetector.detect("AI 42"));
    }

    @Test
    void shouldBeUndeterminedWhenLatinTextIsNotEnglish() {
        assertEquals("und", LanguageDetector.detect("Le conseil municipal s'est réuni mardi soir pour voter le budget "
                + "de la ville, selon un communiqué publié par la mairie après une longue séance."));
    }

    @Test
    void shouldDetectEnglishWhenLongTextHasFunctionWords() {
        assertEquals("en", LanguageDetector.detect("The central bank kept its main rate unchanged on Wednesday, and the "
                + "governor said inflation was likely to ease later in the year."));
    }

    @Test
    void shouldCountFastPathLettersAsTheScriptLookUpWould() {
        for (char c = 0; c < 0x700; c++) {
            if (LanguageDetector.isAsciiLetter(c)) {
                assertEquals(Character.UnicodeScript.LATIN, Character.UnicodeScript.of(c), "U+" + Integer.toHexString(c));
            }
            if (LanguageDetector.isBasicArabicLetter(c)) {
                assertEquals(Character.UnicodeScript.ARABIC, Character.UnicodeScript.of(c), "U+" + Integer.toHexString(c));
            }
            boolean fast = LanguageDetector.isAsciiLetter(c) || LanguageDetector.isBasicArabicLetter(c);
            assertEquals(fast || c >= 0x80 && Character.isLetter(c), Character.isLetter(c), "U+" + Integer.toHexString(c));
        }
    }
}
