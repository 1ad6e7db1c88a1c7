package org.marsad.enrich.text.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.enrich.text.EntitySpan;
import org.marsad.enrich.text.TextDocument;

/**
 * Runs the sentence corpus ({@code corpus.tsv}: body text, then the expected entities as
 * {@code mention/TYPE/id} joined by {@code " ; "}, id {@code -} when unlisted) and the must-not-tag list
 * ({@code must-not-tag.tsv}: body text, then a mention that must not be tagged).
 */
class EntityCorpusTest {

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
}
