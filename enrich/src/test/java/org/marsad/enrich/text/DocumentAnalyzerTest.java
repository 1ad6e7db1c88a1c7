package org.marsad.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
