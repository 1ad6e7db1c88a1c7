package org.marsad.enrich.text.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Keeps the training path alive: the shipped recipe's features and learner, on a few sentences we wrote. */
class TaggerTrainingTest {

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void shouldLearnTrainingNamesWhenTrainedOnSlice(String lang) {
        List<TaggedSentence> slice = ConllReader.read(getClass().getResourceAsStream("tagger/" + lang + "-slice.conll"),
                lang + "-slice");
        TaggerRecipe recipe = new TaggerRecipe(lang, Map.of(), TaggerRecipe.FULL_FEATURES, 10, 0);
        TokenNameFinderModel model = TaggerTraining.train(recipe, slice);
        TaggerScores scores = TaggerEvaluation.score(model, slice);
        assertTrue(scores.overall().f1() > 0.9, scores.report());
    }

    @Test
    void shouldCarryTagsToSubTokensWhenCorpusTokenHoldsPunctuation() {
        TaggedSentence s = new TaggedSentence("t", 0, List.of("U.S.", "troops", "left"), List.of("B-LOC", "O", "O"));
        var sample = TaggerInput.sample(s);
        assertEquals(List.of("U", ".", "S", ".", "troops", "left"), List.of(sample.getSentence()));
        assertEquals(0, sample.getNames()[0].getStart());
        assertEquals(4, sample.getNames()[0].getEnd());
    }

    @Test
    void shouldNameLineWhenTagIsMalformed() {
        var in = new ByteArrayInputStream("a\tO\nb\tB-PER\n\n".getBytes(StandardCharsets.UTF_8));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConllReader.read(in, "bad"));
        assertTrue(e.getMessage().contains("bad line 2"), e.getMessage());
    }
}
