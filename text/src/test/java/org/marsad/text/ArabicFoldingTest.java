package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One test per folding rule of {@link ArabicFolding}. */
class ArabicFoldingTest {

    @Test
    void shouldFoldYehBarreeWhenUrdu() {
        assertEquals(ArabicFolding.YEH, ArabicFolding.fold(ArabicFolding.YEH_BARREE));
    }

    @Test
    void shouldFoldYehWithTailWhenPashto() {
        assertEquals(ArabicFolding.YEH, ArabicFolding.fold(ArabicFolding.YEH_WITH_TAIL));
    }

    @Test
    void shouldFoldYehEWhenPresent() {
        assertEquals(ArabicFolding.YEH, ArabicFolding.fold(ArabicFolding.YEH_E));
    }

    @Test
    void shouldFoldSwashKafWhenPresent() {
        assertEquals(ArabicFolding.KAF, ArabicFolding.fold(ArabicFolding.SWASH_KAF));
    }

    @Test
    void shouldFoldHehGoalWhenUrdu() {
        assertEquals(ArabicFolding.HEH, ArabicFolding.fold(ArabicFolding.HEH_GOAL));
    }

    @Test
    void shouldFoldHehDoachashmeeWhenUrdu() {
        assertEquals(ArabicFolding.HEH, ArabicFolding.fold(ArabicFolding.HEH_DOACHASHMEE));
    }

    @Test
    void shouldFoldHehYehToTehMarbutaWhenPersian() {
        assertEquals(ArabicFolding.TEH_MARBUTA, ArabicFolding.fold(ArabicFolding.HEH_YEH));
    }

    @Test
    void shouldFoldPersianDigitsWhenPresent() {
        assertEquals("1405", ArabicFolding.fold("\u06F1\u06F4\u06F0\u06F5"));
    }

    @Test
    void shouldFoldArabicDecimalSeparatorWhenPresent() {
        assertEquals("2.5", ArabicFolding.fold("\u0662\u066B\u0665"));
    }

    @Test
    void shouldKeepLengthWhenFolding() {
        String text = "\u0645\u0627\u0633\u06A9 \u06CC";
        assertEquals(text.length(), ArabicFolding.fold(text).length());
    }
}
