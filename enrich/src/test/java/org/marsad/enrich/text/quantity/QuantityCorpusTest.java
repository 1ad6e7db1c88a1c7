package org.marsad.enrich.text.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.enrich.text.DateSpan;
import org.marsad.enrich.text.MoneySpan;
import org.marsad.enrich.text.PercentSpan;
import org.marsad.enrich.text.PercentUnit;
import org.marsad.enrich.text.Qualifier;
import org.marsad.enrich.text.TextDocument;

/** Corpus-driven checks: one expected value per sentence, many spellings; adding a case is a data edit. */
class QuantityCorpusTest {

    private static final QuantityExtractor EXTRACTOR = QuantityExtractor.load(null);
    private static final Instant PUBLISHED = Instant.parse("2025-02-12T10:00:00Z");

    static Stream<Arguments> arabicMoney() {
        return Corpus.rows("money_ar.tsv");
    }

    static Stream<Arguments> englishMoney() {
        return Corpus.rows("money_en.tsv");
    }

    static Stream<Arguments> percentages() {
        return Corpus.rows("percent.tsv");
    }

    static Stream<Arguments> percentUnits() {
        return Corpus.rows("percent_units.tsv");
    }

    static Stream<Arguments> dates() {
        return Corpus.rows("dates.tsv");
    }

    static Stream<Arguments> mustNotMatch() {
        return Corpus.rows("must_not_match.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arabicMoney")
    void shouldReadExactMoneyWhenArabicSentenceNamesAnAmount(
            String sentence, String amount, String currency, String qualifier, String min, String max) {
        assertMoney(sentence, amount, currency, qualifier, min, max);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("englishMoney")
    void shouldReadExactMoneyWhenEnglishSentenceNamesAnAmount(
            String sentence, String amount, String currency, String qualifier, String min, String max) {
        assertMoney(sentence, amount, currency, qualifier, min, max);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("percentages")
    void shouldReadPercentageWhenSentenceNamesOne(String sentence, String value, String qualifier, String min, String max) {
        List<PercentSpan> found = extract(sentence).percentages();
        assertEquals(1, found.size(), () -> "percentages in " + sentence + ": " + found);
        PercentSpan span = found.get(0);
        assertSameNumber(Corpus.decimal(value), span.value(), "value");
        assertEquals(Qualifier.valueOf(qualifier), span.qualifier(), "qualifier");
        assertSameNumber(Corpus.decimal(min), span.min(), "min");
        assertSameNumber(Corpus.decimal(max), span.max(), "max");
        assertTrue(extract(sentence).money().isEmpty(), "no money expected in " + sentence);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("percentUnits")
    void shouldTellPointsFromPercentWhenWordSaysSo(String sentence, String value, String unit) {
        List<PercentSpan> found = extract(sentence).percentages();
        assertEquals(1, found.size(), () -> "percentages in " + sentence + ": " + found);
        assertSameNumber(Corpus.decimal(value), found.get(0).value(), "value");
        assertEquals(PercentUnit.valueOf(unit), found.get(0).unit());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dates")
    void shouldResolveDateWhenSentenceNamesOne(String sentence, String iso) {
        List<DateSpan> found = extract(sentence).dates();
        assertEquals(1, found.size(), () -> "dates in " + sentence + ": " + found);
        assertEquals(iso, found.get(0).iso());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mustNotMatch")
    void shouldFindNoMoneyOrPercentageWhenNumberIsNeither(String sentence) {
        Quantities found = extract(sentence);
        assertTrue(found.money().isEmpty(), () -> "false money in " + sentence + ": " + found.money());
        assertTrue(found.percentages().isEmpty(), () -> "false percentage in " + sentence + ": " + found.percentages());
    }

    private static void assertMoney(
            String sentence, String amount, String currency, String qualifier, String min, String max) {
        List<MoneySpan> found = extract(sentence).money();
        assertEquals(1, found.size(), () -> "money in " + sentence + ": " + found);
        MoneySpan span = found.get(0);
        assertSameNumber(Corpus.decimal(amount), span.amount(), "amount");
        assertEquals(Corpus.text(currency), span.currency(), "currency");
        assertEquals(Qualifier.valueOf(qualifier), span.qualifier(), "qualifier");
        assertSameNumber(Corpus.decimal(min), span.min(), "min");
        assertSameNumber(Corpus.decimal(max), span.max(), "max");
    }

    private static void assertSameNumber(BigDecimal expected, BigDecimal actual, String what) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, what);
        } else {
            assertEquals(0, expected.compareTo(actual), () -> what + ": expected " + expected + " but was " + actual);
        }
    }

    private static Quantities extract(String sentence) {
        return EXTRACTOR.extract(new TextDocument("", sentence, List.of(), "und", PUBLISHED, null), List.of());
    }
}
