package org.marsad.enrich.text.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.enrich.text.EntitySpan;
import org.marsad.enrich.text.EntityType;
import org.marsad.enrich.text.Field;
import org.marsad.enrich.text.MoneySpan;
import org.marsad.enrich.text.TextDocument;

/** Every evidence step for a shared currency form and the basis it reports, from {@code currency_basis.tsv}. */
class CurrencyBasisTest {

    private static final QuantityExtractor EXTRACTOR = QuantityExtractor.load(null);

    static Stream<Arguments> cases() {
        return Corpus.rows("currency_basis.tsv");
    }

    @ParameterizedTest(name = "{1} [{2} {3} {4} {5}]")
    @MethodSource("cases")
    void shouldSettleCurrencyFromNearestEvidenceWhenFormIsShared(String title, String body, String source,
            String sourceCountry, String url, String places, String currency, String basis) {
        TextDocument document = new TextDocument(text(title), body, List.of(), "und", null, Corpus.text(source),
                Corpus.text(sourceCountry), Corpus.text(url));
        List<MoneySpan> found = EXTRACTOR.extract(document, places(body, places)).money();
        assertFalse(found.isEmpty(), () -> "no money in " + body);
        MoneySpan first = found.get(0);
        assertEquals(Corpus.text(currency), first.currency(), "currency");
        assertEquals(Corpus.text(basis), first.currencyBasis() == null ? null : first.currencyBasis().wireName(), "basis");
    }

    /** LOC spans as the entity tagger would give them: the name as written and the country of its gazetteer row. */
    private static List<EntitySpan> places(String body, String names) {
        List<EntitySpan> spans = new ArrayList<>();
        if (names.equals("-")) {
            return spans;
        }
        for (String place : names.split("\\|")) {
            String name = place.substring(0, place.indexOf(':'));
            int start = body.indexOf(name);
            spans.add(new EntitySpan(name, EntityType.LOC, null, name, Field.BODY, null, start, start + name.length(),
                    place.substring(place.indexOf(':') + 1)));
        }
        return spans;
    }

    private static String text(String cell) {
        return cell.equals("-") ? "" : cell;
    }
}
