package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One test per normalisation rule, in the order the rules are listed on {@link ArabicNormalizer}. */
class ArabicNormalizerTest {

    private static void check(String input, String expected) {
        assertEquals(expected, ArabicNormalizer.normalizeToString(input));
    }

    @Test
    void shouldDecomposeLamAlefLigatureWhenPresentationForm() {
        check("\uFEFB", "\u0644\u0627");
    }

    @Test
    void shouldFoldFarsiYehWhenPersianKeyword() {
        check("\u0625\u06CC\u0647", "\u0627\u064A\u0647");
    }

    @Test
    void shouldFoldKehehWhenPersianKeyword() {
        check("\u0645\u0627\u0633\u06A9", "\u0645\u0627\u0633\u0643");
    }

    @Test
    void shouldFoldArabicIndicDigitsWhenPresent() {
        check("\u0662\u0660\u0662\u0666", "2026");
    }

    @Test
    void shouldFoldHamzaAboveAlefWhenPresent() {
        check("\u0623\u0645\u0644", "\u0627\u0645\u0644");
    }

    @Test
    void shouldFoldHamzaBelowAlefWhenPresent() {
        check("\u0625\u0643\u0633", "\u0627\u0643\u0633");
    }

    @Test
    void shouldFoldMaddaAlefWhenPresent() {
        check("\u0622\u064A", "\u0627\u064A");
    }

    @Test
    void shouldFoldAlefWaslaWhenPresent() {
        check("\u0671\u0644", "\u0627\u0644");
    }

    @Test
    void shouldFoldAlefMaksuraToYehWhenPresent() {
        check("\u0645\u0648\u0633\u0649", "\u0645\u0648\u0633\u064A");
    }

    @Test
    void shouldFoldTehMarbutaToHehWhenPresent() {
        check("\u0642\u0646\u0627\u0629", "\u0642\u0646\u0627\u0647");
    }

    @Test
    void shouldRemoveHarakatWhenPresent() {
        check("\u0645\u064E\u0635\u0652\u0631", "\u0645\u0635\u0631");
    }

    @Test
    void shouldRemoveTanweenWhenPresent() {
        check("\u0643\u062A\u0627\u0628\u064B\u0627", "\u0643\u062A\u0627\u0628\u0627");
    }

    @Test
    void shouldRemoveShaddaWhenPresent() {
        check("\u0645\u062D\u0645\u0651\u062F", "\u0645\u062D\u0645\u062F");
    }

    @Test
    void shouldRemoveTatweelWhenPresent() {
        check("\u0645\u0640\u0640\u0635\u0631", "\u0645\u0635\u0631");
    }

    @Test
    void shouldRemoveZeroWidthMarksWhenPresent() {
        check("\u0645\u200C\u0635\u200D\u0631", "\u0645\u0635\u0631");
    }

    @Test
    void shouldRemoveBidiMarksWhenPresent() {
        check("\u200F\u0645\u0635\u0631\u202C\u2067", "\u0645\u0635\u0631");
    }

    @Test
    void shouldFoldGuillemetsToAsciiQuoteWhenPresent() {
        check("\u00AB\u0645\u0635\u0631\u00BB", "\"\u0645\u0635\u0631\"");
    }

    @Test
    void shouldFoldDashToHyphenWhenPresent() {
        check("a\u2014b", "a-b");
    }

    @Test
    void shouldKeepLatinCaseWhenNormalising() {
        check("OpenAI", "OpenAI");
    }

    @Test
    void shouldMapOffsetsBackWhenMarksRemoved() {
        NormalizedText n = ArabicNormalizer.normalize("\u0648\u064E\u0645\u0635\u0631");
        assertEquals(2, n.originalStart(1));
        assertEquals(5, n.originalEnd(n.text().length()));
    }

    @Test
    void shouldChangeNothingWhenNormalisedTwice() {
        // the rules read one char at a time, so a text is a fixed point when every char's normal form is one
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String once = ArabicNormalizer.normalizeToString(String.valueOf((char) c));
            String name = "U+" + Integer.toHexString(c);
            assertEquals(once, ArabicNormalizer.normalizeToString(once), name);
        }
    }

    @Test
    void shouldMapEachCharToItselfWhenAlreadyNormalized() {
        NormalizedText n = ArabicNormalizer.alreadyNormalized("\u0645\u0635\u0631 x");
        assertEquals(n.original(), n.text());
        assertEquals(2, n.originalStart(2));
        assertEquals(5, n.originalEnd(5));
    }
}
