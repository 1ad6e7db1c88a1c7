package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Persian and Urdu are told from Arabic by their own letters and function words (issue #11). */
class ArabicScriptLanguageTest {

    @Test
    void shouldDetectPersianWhenPersianFunctionWordsAndLettersAppear() {
        assertEquals("fa", LanguageDetector.detect("وزیر اقتصاد گفت که بودجه سال آینده را مجلس تصویب کرده است."));
    }

    @Test
    void shouldDetectUrduWhenUrduLettersAndFunctionWordsAppear() {
        assertEquals("ur", LanguageDetector.detect("وزیر اعظم نے کہا کہ حکومت اگلے سال ٹیکس کم کرے گی۔"));
    }

    @Test
    void shouldStayArabicWhenOnlyFarsiYehAndKehehAppear() {
        // A name typed on a Persian keyboard: ی and ک alone are no evidence.
        assertEquals("ar", LanguageDetector.detect("التقى الوزير بالسفير کریم في العاصمة لبحث التعاون الاقتصادي بين البلدين."));
    }

    @Test
    void shouldStayArabicWhenAKeywordLineUsesPersianLetters() {
        assertEquals("ar", LanguageDetector.detect("أعلنت الشركة عن أرباحها في الربع الثالث من العام، وقال مديرها إن "
                + "النتائج فاقت التوقعات التي نشرها المحللون.\nكلمات دلالية: گوگل اقتصاد پرداخت"));
    }

    @Test
    void shouldStayArabicWhenOnePersianLetterWordIsQuoted() {
        assertEquals("ar", LanguageDetector.detect("قال المدير إن شركة «گلستان» ستفتتح فرعا جديدا."));
    }
}
