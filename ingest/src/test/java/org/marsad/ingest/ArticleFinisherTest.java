package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.text.ScrapedArticle;
import org.marsad.model.RawArticle;

class ArticleFinisherTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final ArticleFinisher finisher = new ArticleFinisher(Clock.fixed(NOW, ZoneOffset.UTC), 4096);

    private static RawArticle article(int version, String url, String title, String body, String language) {
        return new RawArticle(version, null, url, " ", null, title, body, language, null, null, null, List.of(), null);
    }

    private RawArticle finishOne(RawArticle in) {
        return finisher.finish(ScrapedArticle.of(in)).get(0).article();
    }

    @Test
    void shouldSetIdLanguageAndFetchTimeWhenArticleIsValid() {
        RawArticle out = finishOne(article(0, "http://www.example.com/x/", " عنوان  الخبر ",
                "فقرة أولى طويلة بما يكفي\n\n\nفقرة ثانية", null));
        assertEquals(ArticleIds.forUrl("https://example.com/x"), out.id());
        assertEquals("https://example.com/x", out.url());
        assertEquals("عنوان الخبر", out.title());
        assertEquals("فقرة أولى طويلة بما يكفي\n\nفقرة ثانية", out.body());
        assertEquals("ar", out.language());
        assertEquals(NOW, out.fetchedAt());
        assertEquals(RawArticle.SCHEMA_VERSION, out.schemaVersion());
        assertNull(out.source(), "a blank source is no source");
    }

    @Test
    void shouldKeepSourceCountryWhenFinishing() {
        RawArticle in = new RawArticle(1, null, null, "صحيفة", null, "عنوان الخبر", "نص الخبر", "ar", null, null, null,
                List.of(), null, "SA");
        assertEquals("SA", finishOne(in).sourceCountry());
    }

    @Test
    void shouldKeepGivenLanguageWhenItIsKnownAndDetectWhenNot() {
        assertEquals("en", finishOne(article(1, null, "عنوان عربي طويل", "نص عربي طويل", "en")).language());
        assertEquals("ar", finishOne(article(1, null, "عنوان عربي طويل", "نص عربي طويل", "arabic")).language());
        // Issue #11: a source's fa or ur is kept, never overwritten with ar.
        assertEquals("fa", finishOne(article(1, null, "عنوان", "نص", "fa")).language());
        assertEquals("ur", finishOne(article(1, null, "عنوان", "نص", "ur")).language());
    }

    @Test
    void shouldDetectPersianWhenNoLanguageIsGiven() {
        assertEquals("fa", finishOne(article(1, null, "گزارش اقتصادی",
                "وزیر اقتصاد گفت که بودجه سال آینده را مجلس تصویب کرده است.", null)).language());
    }

    @Test
    void shouldHashContentWhitespaceInsensitivelyWhenFinishing() {
        FinishedArticle a = finisher.finish(ScrapedArticle.of(article(1, null, "عنوان", "أ\n\nب", null))).get(0);
        FinishedArticle b = finisher.finish(ScrapedArticle.of(article(1, null, "عنوان", "أ ب", null))).get(0);
        assertEquals(a.contentHash(), b.contentHash());
    }

    @Test
    void shouldNameTheFieldWhenArticleIsInvalid() {
        assertEquals("url", assertThrows(InvalidArticleException.class,
                () -> finishOne(article(1, "mailto:x@example.com", "t", "b", null))).field());
        assertEquals("schemaVersion", assertThrows(InvalidArticleException.class,
                () -> finishOne(article(RawArticle.SCHEMA_VERSION + 1, null, "t", "b", null))).field());
        assertEquals("title", assertThrows(InvalidArticleException.class,
                () -> finishOne(article(1, null, " ", " \n ", null))).field());
        assertThrows(ArticleTooLargeException.class, () -> finishOne(article(1, null, "t", "ن".repeat(3000), null)));
    }

    /** #17: RSS 2.0 needs only a title or a description; the title then comes from the text, flagged. */
    @Test
    void shouldDeriveFlaggedTitleFromTextAndKeepContentIdWhenTitleIsMissing() {
        RawArticle out = finishOne(article(1, null, null, "بدأت البلدية تشجير الشارع الرئيسي. ويستمر العمل شهرا.", null));
        assertEquals("بدأت البلدية تشجير الشارع الرئيسي", out.title());
        assertEquals(Boolean.TRUE, out.titleDerived());
        assertEquals(ArticleIds.forContent("", "بدأت البلدية تشجير الشارع الرئيسي. ويستمر العمل شهرا."), out.id(),
                "the id does not depend on the derivation rule");
        assertNull(finishOne(article(1, null, "عنوان", "نص", null)).titleDerived(), "a given title is not derived");
    }
}
