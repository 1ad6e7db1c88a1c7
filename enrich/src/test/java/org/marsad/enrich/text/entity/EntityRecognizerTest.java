package org.marsad.enrich.text.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.text.EntitySpan;
import org.marsad.enrich.text.EntityType;
import org.marsad.enrich.text.Field;
import org.marsad.enrich.text.TextDocument;

/** Whole-document behaviour: fields, keyword indexes, offsets, cross-field consistency, thread safety. */
class EntityRecognizerTest {

    private final EntityRecognizer recognizer = TestRecognizers.test();

    @Test
    void shouldTagKeywordsWithIndexWhenPersianLetters() {
        TextDocument doc = new TextDocument("", "", List.of("تقنية", "أوبن إیه آی", "ماسک"), "ar", null, null);
        List<EntitySpan> spans = recognizer.recognize(doc);
        assertEquals(2, spans.size());
        assertEquals(new EntitySpan("أوبن إیه آی", EntityType.ORG, "Q21708200", "أوبن إيه آي", Field.KEYWORDS, 1, 0, 11),
                spans.get(0));
        assertEquals(new EntitySpan("ماسک", EntityType.PERSON, "Q317521", "إيلون ماسك", Field.KEYWORDS, 2, 0, 4),
                spans.get(1));
    }

    @Test
    void shouldExcludeCliticFromSpanWhenNameHasProclitic() {
        String body = "قال وألتمان كلمته.";
        EntitySpan span = recognizer.recognize(TextDocument.ofBody(body)).get(0);
        assertEquals(5, span.start());
        assertEquals("ألتمان", body.substring(span.start(), span.end()));
    }

    @Test
    void shouldLinkSurnameInTitleWhenFullNameInBody() {
        TextDocument doc = new TextDocument("إيزاكمان يعود إلى المدار", "قال رائد الفضاء جاريد إيزاكمان إن الرحلة تأجلت.",
                List.of("لإيزاكمان"), "ar", null, null);
        // Only the mentions of the person: the tagger also reads the title "رائد الفضاء" (astronaut) as a PERSON, a
        // model error listed in docs/ENTITIES.md; what this test pins is the cross-field link.
        List<EntitySpan> spans = recognizer.recognize(doc).stream().filter(s -> s.text().contains("زاكمان")).toList();
        assertEquals(List.of(Field.TITLE, Field.BODY, Field.KEYWORDS), spans.stream().map(EntitySpan::field).toList());
        spans.forEach(s -> assertEquals(EntityType.PERSON, s.type()));
        assertEquals("جاريد إيزاكمان", spans.get(0).canonical());
        assertEquals(1, spans.get(2).start());
    }

    @Test
    void shouldKeepSpansApartWhenNamesAdjacent() {
        List<EntitySpan> spans = recognizer.recognize(TextDocument.ofBody("ناقش ترامب وماسك الخطة."));
        assertEquals(List.of("ترامب", "ماسك"), spans.stream().map(EntitySpan::text).toList());
    }

    @Test
    void shouldPreferLongestMatchWhenNamesNest() {
        List<EntitySpan> spans = recognizer.recognize(TextDocument.ofBody("تحدث إيلون ماسك طويلا."));
        assertEquals(1, spans.size());
        assertEquals("إيلون ماسك", spans.get(0).text());
    }

    @Test
    void shouldTagAmbiguousNameWhenFullNameGiven() {
        List<EntitySpan> spans = recognizer.recognize(TextDocument.ofBody("التقت أمل تستيرسون بالطلاب."));
        assertEquals("marsad:amal-test", spans.get(0).id());
    }

    @Test
    void shouldFindNothingWhenDocumentEmpty() {
        assertEquals(List.of(), recognizer.recognize(new TextDocument(null, null, null, null, null, null)));
    }

    @Test
    void shouldNotGuessFromCaseWhenHeadlineIsTitleCase() {
        TextDocument doc = new TextDocument("Markets Rally As Investors Shrug Off Rate Fears", "", List.of(), "en", null,
                null);
        assertEquals(List.of(), recognizer.recognize(doc));
    }

    @Test
    void shouldTakeOneSurnameWordWhenHeadlineIsTitleCase() {
        TextDocument doc = new TextDocument("Karen Walsh Wins Local Election", "", List.of(), "en", null, null);
        List<EntitySpan> spans = recognizer.recognize(doc);
        assertEquals(List.of("Karen Walsh"), spans.stream().map(EntitySpan::text).toList());
        assertEquals(EntityType.PERSON, spans.get(0).type());
    }

    @Test
    void shouldNotStartNameWhenHeadlineOpensWithCommonWordName() {
        TextDocument doc = new TextDocument("Hope Fades For Missing Climbers", "", List.of("Bill Passes Senate"), "en",
                null, null);
        assertEquals(List.of(), recognizer.recognize(doc));
    }

    @Test
    void shouldTagGlossWithSameLinkWhenArabicNameQuoted() {
        List<EntitySpan> spans = recognizer.recognize(TextDocument.ofBody("استحوذت \"ميتا بلاتفورمز\" (Meta Platforms) على الشركة."));
        assertEquals(2, spans.size());
        assertEquals(spans.get(0).id(), spans.get(1).id());
        assertEquals(spans.get(0).type(), spans.get(1).type());
    }

    @Test
    void shouldMapOffsetsToOriginalWhenTextHasMarksAndBidi() {
        String body = "\u200Fقال وَمَاسِك كلمته";
        EntitySpan span = recognizer.recognize(TextDocument.ofBody(body)).get(0);
        assertEquals("مَاسِك", span.text());
        assertEquals(body.indexOf("مَاسِك"), span.start());
    }

    @Test
    void shouldReturnSameSpansWhenCalledFromManyThreads() throws Exception {
        TextDocument doc = TextDocument.ofBody("قال الرئيس التنفيذي لشركة أبل تيم كوك إن ماسك زار مصر والعراق.");
        List<EntitySpan> expected = recognizer.recognize(doc);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<EntitySpan>>> results = IntStream.range(0, 32)
                    .mapToObj(i -> pool.submit(() -> recognizer.recognize(doc))).toList();
            for (Future<List<EntitySpan>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
