package org.marsad.enrich.text.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.enrich.text.Field;
import org.marsad.enrich.text.MoneySpan;
import org.marsad.enrich.text.TextDocument;

/** Whole sentences: every span with its text and half-open offsets into the original, harakat and clitics included. */
class QuantitySentenceTest {

    private static final QuantityExtractor EXTRACTOR = QuantityExtractor.load(null);
    private static final Instant PUBLISHED = Instant.parse("2025-02-12T10:00:00Z");

    static Stream<Arguments> cases() {
        Map<String, List<String[]>> byCase = new LinkedHashMap<>();
        Corpus.rows("sentences.tsv").forEach(arguments -> {
            Object[] cells = arguments.get();
            String[] row = new String[cells.length];
            for (int k = 0; k < cells.length; k++) {
                row[k] = (String) cells[k];
            }
            byCase.computeIfAbsent(row[0], id -> new ArrayList<>()).add(row);
        });
        return byCase.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldReportEverySpanWithOriginalOffsetsWhenSentenceHasSeveralMentions(String id, List<String[]> rows) {
        String sentence = rows.get(0)[1];
        Quantities found = EXTRACTOR.extract(new TextDocument("", sentence, List.of(), "und", PUBLISHED, null), List.of());
        List<String> actual = new ArrayList<>();
        found.money().forEach(m -> actual.add(line("money", m.text(), m.start(), m.end(),
                m.amount() == null ? "-" : m.amount().stripTrailingZeros().toPlainString(), m.currency())));
        found.percentages().forEach(p -> actual.add(line("percent", p.text(), p.start(), p.end(),
                p.value().stripTrailingZeros().toPlainString(), null)));
        found.dates().forEach(d -> actual.add(line("date", d.text(), d.start(), d.end(), d.iso(), null)));
        found.money().forEach(m -> assertEquals(Field.BODY, m.field()));
        List<String> expected = new ArrayList<>();
        for (String[] row : rows) {
            String value = row[6].matches("[0-9.]+") ? new BigDecimal(row[6]).stripTrailingZeros().toPlainString() : row[6];
            expected.add(line(row[2], row[3], Integer.parseInt(row[4]), Integer.parseInt(row[5]), value, Corpus.text(row[7])));
        }
        expected.sort(null);
        actual.sort(null);
        assertEquals(expected, actual, id);
    }

    @Test
    void shouldPointIntoTitleWhenMentionIsInTitle() {
        String title = "مصر تقترض 3 مليارات دولار";
        Quantities found = EXTRACTOR.extract(new TextDocument(title, "نص الخبر.", List.of(), "ar", PUBLISHED, null), List.of());
        MoneySpan span = found.money().get(0);
        assertEquals(Field.TITLE, span.field());
        assertEquals("3 مليارات دولار", title.substring(span.start(), span.end()));
    }

    private static String line(String kind, String text, int start, int end, String value, String currency) {
        return kind + " [" + text + "] " + start + "-" + end + " " + value + " " + currency;
    }
}
