package org.marsad.enrich.text.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.enrich.text.EntitySpan;
import org.marsad.enrich.text.TextDocument;

/**
 * Runs the sentence corpus ({@code corpus.tsv}: body text, then the expected entities as
 * {@code mention/TYPE/id} joined by {@code " ; "}, id {@code -} when unlisted) and the must-not-tag list
 * ({@code must-not-tag.tsv}: body text, then a mention that must not be tagged).
 *
 * <p>{@code tagger-corpus.tsv} (same format) holds sentences about unlisted names that pinned what a hand-written
 * rule decided; since the trained tagger decides (issue #10), they are scored as one set against a floor, and
 * its misses are listed in docs/ENTITIES.md.
 */
class EntityCorpusTest {

    /** Exact-mention F1 on tagger-corpus.tsv with the shipped models (0.222), less 0.005. Low by construction: the set
     * is the sentences the tagger read differently from the rules. */
    private static final double TAGGER_CORPUS_FLOOR = 0.217;

    static Stream<Arguments> corpus() {
        return TestRecognizers.lines("corpus.tsv").stream().map(l -> l.split("\t", -1)).map(c -> Arguments.of(c[0], c[1]));
    }

    static Stream<Arguments> mustNotTag() {
        return TestRecognizers.lines("must-not-tag.tsv").stream().map(l -> l.split("\t", -1))
                .map(c -> Arguments.of(c[0], c[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void shouldFindExpectedEntitiesWhenCorpusSentence(String body, String expected) {
        List<EntitySpan> spans = TestRecognizers.test().recognize(TextDocument.ofBody(body));
        List<String> actual = spans.stream().map(EntityCorpusTest::describe).toList();
        List<String> wanted = expected.isBlank() ? List.of() : Arrays.stream(expected.split(" ; ")).map(String::strip).toList();
        assertEquals(wanted, actual);
        spans.forEach(s -> assertEquals(s.text(), body.substring(s.start(), s.end())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mustNotTag")
    void shouldNotTagWhenCommonWordOrGuard(String body, String forbidden) {
        List<EntitySpan> spans = TestRecognizers.test().recognize(TextDocument.ofBody(body));
        spans.forEach(s -> assertEquals(false, s.text().equals(forbidden), "tagged " + describe(s)));
    }

    private static String describe(EntitySpan s) {
        return s.text() + "/" + s.type() + "/" + (s.id() == null ? "-" : s.id());
    }

    @Test
    void shouldReachFloorWhenTaggerReadsUnlistedNameSentences() {
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        List<String> misses = new ArrayList<>();
        for (String line : TestRecognizers.lines("tagger-corpus.tsv")) {
            String[] c = line.split("\t", -1);
            List<EntitySpan> spans = TestRecognizers.test().recognize(TextDocument.ofBody(c[0]));
            spans.forEach(s -> assertEquals(s.text(), c[0].substring(s.start(), s.end())));
            List<String> actual = new ArrayList<>(spans.stream().map(EntityCorpusTest::describe).toList());
            List<String> wanted = c[1].isBlank() ? List.of() : Arrays.stream(c[1].split(" ; ")).map(String::strip).toList();
            gold += wanted.size();
            predicted += actual.size();
            for (String w : wanted) {
                if (actual.remove(w)) {
                    tp++;
                } else {
                    misses.add(w);
                }
            }
            misses.addAll(actual.stream().map(a -> "+" + a).toList());
        }
        double f1 = 2.0 * tp / Math.max(1, predicted + gold);
        assertTrue(f1 >= TAGGER_CORPUS_FLOOR, "F1 " + f1 + "; missed or extra: " + misses);
    }
}
