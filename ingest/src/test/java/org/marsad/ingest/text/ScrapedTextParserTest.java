package org.marsad.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.RawArticle;

class ScrapedTextParserTest {

    private static String fixture(String name) throws IOException {
        try (InputStream in = ScrapedTextParserTest.class.getResourceAsStream("/files/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldReadEveryFieldWhenTextIsInScrapedFormat() throws IOException {
        RawArticle article = ScrapedTextParser.parse(fixture("scraped_article.txt"), "scraped_article.txt").article();
        assertEquals("وزارة الزراعة تطلق برنامجا لدعم مزارعي الزيتون", article.title());
        assertEquals(Instant.parse("2025-02-12T00:00:00Z"), article.publishedAt());
        assertEquals("صحيفة المرصد التجريبية", article.source());
        assertEquals("scraped_article.txt", article.feed());
        assertEquals(List.of("الزراعة", "زيتون", "دعم المزارعين"), article.keywords());
        assertEquals(String.join("\n\n",
                "أعلنت وزارة الزراعة اليوم عن برنامج جديد لدعم صغار مزارعي الزيتون في المناطق الجبلية.",
                "وقال المتحدث باسم الوزارة إن البرنامج يشمل قروضا ميسرة. وأضاف أن التسجيل يبدأ الشهر المقبل.",
                "حيث سيتمكن المزارعون من التقديم عبر الإنترنت، وفقا لما جاء في الإعلانات الرسمية للوزارة.",
                "وكان إعلان الوزارة قد لاقى ترحيبا واسعا، كما رحبت الجمعيات بإعلانها والإعلان عن التفاصيل."),
                article.body());
    }

    @Test
    void shouldSplitRelatedArticlesWhenReadAlsoMarkersFollow() throws IOException {
        List<RawArticle> related = ScrapedTextParser.parse(fixture("scraped_article.txt"), "f.txt").related();
        assertEquals(2, related.size());
        assertEquals("ارتفاع أسعار زيت الزيتون في الأسواق المحلية", related.get(0).title());
        assertEquals("https://www.example.com/news/olive-prices", related.get(0).url());
        assertEquals("شهدت الأسواق المحلية ارتفاعا في أسعار زيت الزيتون هذا الموسم.", related.get(0).body());
        assertEquals("موسم الحصاد يبدأ مبكرا هذا العام", related.get(1).title());
        assertNull(related.get(1).url());
        assertEquals("صحيفة المرصد التجريبية", related.get(1).source());
    }

    @Test
    void shouldRecogniseMarkerWhenSpelledWithoutHamzaOrTanween() {
        for (String marker : List.of("إقرأ أيضاً:", "اقرأ أيضا:", "أقرأ ايضا", "اقرأ أيضًا :")) {
            ScrapedArticle parsed = ScrapedTextParser.parse("عنوان\nفقرة\n" + marker + " خبر آخر\nنصه", "t");
            assertEquals("فقرة", parsed.article().body(), marker);
            assertEquals("خبر آخر", parsed.related().get(0).title(), marker);
        }
    }

    @Test
    void shouldKeepDateNullWhenDateLineIsUnreadable() {
        assertNull(ScrapedTextParser.parse("عنوان\nتاريخ النشر: قريبا\nفقرة", "t").article().publishedAt());
    }

    @Test
    void shouldFailNamingOriginWhenTextIsBlank() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScrapedTextParser.parse(" \n\n", "empty.txt"));
        assertEquals("No title in scraped text from empty.txt: the text is empty", e.getMessage());
    }
}
