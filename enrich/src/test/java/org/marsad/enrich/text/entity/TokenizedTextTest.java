package org.marsad.enrich.text.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tagger's sentences are tokenised straight from their words ({@link TokenizedText#ofWords}); every answer a
 * feature or rule reads must be the one the normalise-and-split path gives for the same words joined by spaces.
 */
class TokenizedTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void shouldTokeniseWordsAsJoinedTextWhenCorpusSentencesGiven(String lang) {
        int compared = 0;
        for (String[] words : GreedyNameFinderTest.sentences(lang, true)) {
            TokenizedText direct = TokenizedText.ofWords(words);
            TokenizedText split = TokenizedText.of(String.join(" ", words));
            String sentence = String.join(" ", words);
            assertEquals(split.size(), direct.size(), sentence);
            for (int i = 0; i < split.size(); i++) {
                assertEquals(describe(split, i), describe(direct, i), sentence);
                compared++;
            }
        }
        assertTrue(compared > 20_000, "too few tokens compared: " + compared);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "a-b", "", " ", "U.S"})
    void shouldRejectWordWhenItIsNotOneToken(String word) {
        assertThrows(IllegalArgumentException.class, () -> TokenizedText.ofWords(new String[] {"x", word}));
    }

    private static List<Object> describe(TokenizedText t, int i) {
        return List.of(t.key(i), t.kind(i), t.surface(i), t.variants(i), t.isWord(i), t.isCapitalised(i),
                t.hasArticle(i), t.isDefinite(i), t.hasTanween(i), t.startsSentence(i), t.originalStart(i, 0),
                t.originalEnd(i + 1));
    }
}
