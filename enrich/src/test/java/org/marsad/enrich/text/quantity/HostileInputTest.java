package org.marsad.enrich.text.quantity;

import java.util.List;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.enrich.text.TextDocument;

/** A guard against blow-ups on long degenerate runs, not a performance test: each must finish well within 5 s. */
class HostileInputTest {

    private static final QuantityExtractor EXTRACTOR = QuantityExtractor.load(null);

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("digits", "7".repeat(100_000)),
                Arguments.of("arabic letters", "\u0645".repeat(100_000)),
                Arguments.of("latin letters", "m".repeat(100_000)),
                Arguments.of("digit-comma pairs", "1,".repeat(50_000)),
                Arguments.of("alternating separators", "1.2,3\u066B4\u066C".repeat(20_000)),
                Arguments.of("scale words", "\u0645\u0644\u064A\u0648\u0646 ".repeat(20_000) + "\u062F\u0648\u0644\u0627\u0631"),
                Arguments.of("conjunction chain", "\u062E\u0645\u0633\u0629 \u0648".repeat(20_000)),
                Arguments.of("dollar signs", "$1-".repeat(30_000)),
                Arguments.of("percent signs", "%".repeat(100_000)),
                Arguments.of("spaced digits", "1 ".repeat(50_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void shouldFinishQuicklyWhenInputIsALongDegenerateRun(String name, String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertNotNull(EXTRACTOR.extract(TextDocument.ofBody(text), List.of())));
    }
}
