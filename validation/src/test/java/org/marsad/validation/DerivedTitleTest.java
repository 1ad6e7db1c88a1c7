package org.marsad.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DerivedTitleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وصل الوفد إلى العاصمة. وبدأ محادثاته.|وصل الوفد إلى العاصمة",
        "هل ترتفع الأسعار؟ يجيب الخبراء.|هل ترتفع الأسعار؟",
        "فقرة بلا نقطة\\n\\nفقرة ثانية.|فقرة بلا نقطة",
        "بلغ النمو 3.5 في المئة هذا العام.|بلغ النمو 3.5 في المئة هذا العام",
        "The team won the cup. Fans celebrated.|The team won the cup"})
    void shouldTakeFirstSentenceOfFirstParagraphWhenBodyHasText(String body, String title) {
        assertEquals(title, DerivedTitle.from(body.replace("\\n", "\n")));
    }

    @Test
    void shouldCutAtWordWithEllipsisWhenFirstSentenceIsLong() {
        String title = DerivedTitle.from("كلمة ".repeat(60) + "نهاية.");
        assertTrue(title.length() <= DerivedTitle.MAX_CHARS, title);
        assertTrue(title.endsWith("كلمة\u2026"), title);
    }

    @Test
    void shouldGiveNullWhenBodyHasNoText() {
        assertNull(DerivedTitle.from(null));
        assertNull(DerivedTitle.from(" \n\n "));
    }
}
