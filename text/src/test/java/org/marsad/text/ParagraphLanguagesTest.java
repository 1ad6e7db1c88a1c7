package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mixed-script articles are split into runs of one language, paragraph by paragraph (issue #11). */
class ParagraphLanguagesTest {

    private static final String ARABIC = "قال وزير المالية إن الحكومة ستخفض الضرائب على الشركات الصغيرة في العام المقبل.\n";
    private static final String PERSIAN = "وزیر اقتصاد گفت که بودجه سال آینده را مجلس تصویب کرده است.\n";
    private static final String URDU = "وزیر اعظم نے کہا کہ حکومت اگلے سال ٹیکس کم کرے گی۔\n";
    private static final String ENGLISH = "The finance minister said the government would cut taxes on small firms next year.\n";

    @Test
    void shouldSplitAPersianParagraphOutOfAnArabicArticle() {
        String text = ARABIC + PERSIAN + ARABIC;
        assertEquals(List.of(
                        new LanguageRun(0, ARABIC.length(), "ar"),
                        new LanguageRun(ARABIC.length(), ARABIC.length() + PERSIAN.length(), "fa"),
                        new LanguageRun(ARABIC.length() + PERSIAN.length(), text.length(), "ar")),
                ParagraphLanguages.of(text, "ar"));
    }

    @Test
    void shouldSplitAnUrduParagraphOutOfAnEnglishArticle() {
        String text = ENGLISH + URDU;
        assertEquals(List.of(new LanguageRun(0, ENGLISH.length(), "en"), new LanguageRun(ENGLISH.length(), text.length(), "ur")),
                ParagraphLanguages.of(text, "en"));
    }

    @Test
    void shouldGiveAShortLineTheLanguageOfTheLineBefore() {
        String text = ARABIC + "2026-12-01\n" + ARABIC;
        assertEquals(List.of(new LanguageRun(0, text.length(), "ar")), ParagraphLanguages.of(text, "en"));
    }

    @Test
    void shouldGiveAShortFirstLineTheArticleLanguage() {
        String text = "AI 42\n" + ARABIC;
        assertEquals(List.of(new LanguageRun(0, text.length(), "ar")), ParagraphLanguages.of(text, "ar"));
    }

    @Test
    void shouldLeaveALongParagraphInAnotherLatinLanguageUndetermined() {
        String french = "Le conseil municipal s'est réuni mardi soir pour voter le budget de la ville, selon un "
                + "communiqué publié par la mairie après une longue séance.";
        String text = ENGLISH + french;
        assertEquals(List.of(new LanguageRun(0, ENGLISH.length(), "en"), new LanguageRun(ENGLISH.length(), text.length(), "und")),
                ParagraphLanguages.of(text, "en"));
    }

    @Test
    void shouldReturnNoRunForEmptyText() {
        assertEquals(List.of(), ParagraphLanguages.of("", "ar"));
    }
}
