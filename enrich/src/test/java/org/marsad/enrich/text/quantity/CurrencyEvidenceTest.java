package org.marsad.enrich.text.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.text.Field;
import org.marsad.enrich.text.MoneySpan;
import org.marsad.enrich.text.TextDocument;

/** Shared currency forms take their code from the nearest evidence that names exactly one currency. */
class CurrencyEvidenceTest {

    private static final QuantityExtractor EXTRACTOR = QuantityExtractor.load(null);

    @Test
    void shouldUseCountryInSentenceWhenFormIsShared() {
        assertEquals("JOD", money("", "قال البنك الأردني إن القرض يبلغ 20 مليون دينار.", null).get(0).currency());
    }

    @Test
    void shouldUseOtherMentionWhenArticleNamesTheCountryOnce() {
        List<MoneySpan> found = money("", "دفع 300 ألف دينار كويتي للعقد. ثم دفع 50 ألف دينار أخرى.", null);
        assertEquals("KWD", found.get(1).currency());
    }

    @Test
    void shouldUseTitleWhenBodyHasNoCountry() {
        List<MoneySpan> found = money("المغرب يطرح سندات جديدة", "بلغت قيمة الطرح 10 مليارات درهم.", null);
        assertEquals("MAD", found.get(0).currency());
        assertEquals(Field.BODY, found.get(0).field());
    }

    @Test
    void shouldUseSourceWhenArticleHasNoCountry() {
        assertEquals("SAR", money("", "بلغت قيمة الصفقة 40 مليون ريال.", "عكاظ").get(0).currency());
    }

    @Test
    void shouldLeaveCurrencyNullAndKeepUnitWhenNothingSettlesIt() {
        MoneySpan span = money("", "بلغت قيمة الصفقة 40 مليون ريال.", null).get(0);
        assertNull(span.currency());
        assertEquals("ريال", span.unit());
    }

    @Test
    void shouldLeaveCurrencyNullWhenEvidenceNamesTwoCountries() {
        String body = "تتنافس السعودية وقطر على عقد بقيمة 40 مليون ريال.";
        assertNull(money("", body, null).get(0).currency());
    }

    @Test
    void shouldFallBackToSterlingWhenPoundSignStandsAlone() {
        assertEquals("GBP", money("", "The club paid £3m for the striker.", null).get(0).currency());
    }

    @Test
    void shouldReadEgyptianPoundWhenPoundSignStandsInEgyptianStory() {
        assertEquals("EGP", money("", "Egypt raised £3m from the sale.", null).get(0).currency());
    }

    private static List<MoneySpan> money(String title, String body, String source) {
        return EXTRACTOR.extract(new TextDocument(title, body, List.of(), "ar", null, source), List.of()).money();
    }
}
