package org.marsad.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The analyzer hands the entity tagger's places to quantity extraction (#12). */
class DocumentAnalyzerTest {

    private static final DocumentAnalyzer ANALYZER = DocumentAnalyzer.load(null, null);

    @Test
    void shouldSettleSharedCurrencyWhenTaggerFindsPlaceInSentence() {
        // الدمام is no currency context word: only the tagged place and its country can settle the riyal
        Analysis found = ANALYZER.analyze(new TextDocument("", "افتتحت الشركة فرعا في الدمام بكلفة 40 مليون ريال.",
                List.of(), "ar", null, null));
        MoneySpan money = found.money().get(0);
        assertEquals("SAR", money.currency());
        assertEquals(CurrencyBasis.SENTENCE, money.currencyBasis());
    }

    @Test
    void shouldSettleSharedCurrencyWhenOnlySourceCountryIsKnown() {
        Analysis found = ANALYZER.analyze(new TextDocument("", "بلغت الأرباح 120 مليون ريال في النصف الأول.",
                List.of(), "ar", null, null, "QA", null));
        assertEquals("QAR", found.money().get(0).currency());
        assertEquals(CurrencyBasis.SOURCE, found.money().get(0).currencyBasis());
    }

    /** Issue #11: Persian and Urdu function words are no names; the Arabic paragraphs keep their entities. */
    @Test
    void shouldTagNoEntityInPersianOrUrduParagraphsWhenArticleMixesScripts() {
        String arabic = "وصل الرئيس المصري إلى الرياض أمس لبحث التعاون الاقتصادي مع المسؤولين في السعودية.\n";
        String persian = "وزیر نفت ایران گفت که قیمت نفت در ماه آینده افزایش خواهد یافت.\n";
        String urdu = "وزیر خزانہ نے کہا کہ حکومت اگلے سال ٹیکس کم کرے گی۔";
        String body = arabic + persian + urdu;
        Analysis found = ANALYZER.analyze(new TextDocument("", body, List.of(), "ar", null, null));
        assertTrue(found.entities().stream().anyMatch(e -> e.end() <= arabic.length()),
                "the Arabic paragraph keeps its entities: " + found.entities());
        assertEquals(List.of(), found.entities().stream().filter(e -> e.start() >= arabic.length()).toList());
    }

    /** Issue #11: an English article keeps its entities, with their countries; its Persian and Urdu paragraphs none. */
    @Test
    void shouldTagNoEntityInPersianOrUrduParagraphsWhenEnglishArticleQuotesThem() {
        String english = "The trade minister arrived in Cairo on Monday to discuss grain prices with officials.\n";
        String persian = "وزیر بازرگانی گفت که این قرارداد برای کشاورزان مهم است.\n";
        String urdu = "وزیر تجارت نے کہا کہ گندم کی قیمت اگلے ماہ کم ہو جائے گی۔";
        String body = english + persian + urdu;
        Analysis found = ANALYZER.analyze(new TextDocument("", body, List.of(), "en", null, null));
        EntitySpan cairo = found.entities().stream().filter(e -> e.text().equals("Cairo")).findFirst().orElseThrow(
                () -> new AssertionError("Cairo not found: " + found.entities()));
        assertEquals("EG", cairo.country());
        assertEquals(List.of(), found.entities().stream().filter(e -> e.start() >= english.length()).toList());
    }

    @Test
    void shouldTagNoEntityWhenTheSourceSaysPersian() {
        Analysis found = ANALYZER.analyze(new TextDocument("", "گفت وزیر نفت ایران که قیمت نفت افزایش یافت.",
                List.of(), "fa", null, null));
        assertEquals(List.of(), found.entities());
    }
}
