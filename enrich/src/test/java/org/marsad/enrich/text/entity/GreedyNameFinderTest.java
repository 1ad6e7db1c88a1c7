package org.marsad.enrich.text.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast decoder is OpenNLP's, only faster: on each shipped model's dev split it builds the very feature strings
 * OpenNLP's context generator builds, token by token, and on the dev split and a sample of the training sentences
 * it finds the very spans {@link NameFinderME} finds, sentence by sentence.
 */
class GreedyNameFinderTest {

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void shouldBuildOpenNlpFeatureStringsWhenCorpusSentencesTagged(String lang) {
        TokenNameFinderModel model = EntityTagger.load("ner-" + lang + ".bin");
        NameFinderME reference = new NameFinderME(model);
        NameContextGenerator contexts = model.getFactory().createContextGenerator();
        GreedyNameFinder greedy = new GreedyNameFinder(model);
        int tokens = 0;
        for (String[] sentence : sentences(lang, false)) {
            String[] outcomes = model.getFactory().createSequenceCodec().encode(reference.find(sentence),
                    sentence.length);
            reference.clearAdaptiveData();
            for (int i = 0; i < sentence.length; i++) {
                List<String> expected = List.of(contexts.getContext(i, sentence, Arrays.copyOf(outcomes, i), null));
                assertEquals(expected, greedy.featureStrings(sentence, outcomes, i),
                        () -> "features differ in: " + String.join(" ", sentence));
                tokens++;
            }
        }
        assertTrue(tokens > 5_000, "too few tokens compared: " + tokens);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void shouldFindNameFinderSpansWhenCorpusSentencesTagged(String lang) {
        TokenNameFinderModel model = EntityTagger.load("ner-" + lang + ".bin");
        NameFinderME reference = new NameFinderME(model);
        GreedyNameFinder greedy = new GreedyNameFinder(model);
        int names = 0;
        for (String[] sentence : sentences(lang, true)) {
            Span[] expected = reference.find(sentence);
            reference.clearAdaptiveData();
            assertArrayEquals(expected, greedy.find(sentence), () -> "spans differ in: " + String.join(" ", sentence));
            names += expected.length;
        }
        assertTrue(names > 500, "too few names compared: " + names);
    }

    @Test
    void shouldTakeGreedyPathOnlyForDescriptorItImplements() {
        assertTrue(GreedyNameFinder.supports(EntityTagger.load("ner-ar.bin")));
        assertTrue(GreedyNameFinder.supports(EntityTagger.load("ner-en.bin")));
        List<TaggedSentence> slice = ConllReader.read(getClass().getResourceAsStream("tagger/en-slice.conll"), "s");
        TokenNameFinderModel baseline = TaggerTraining.train(
                new TaggerRecipe("en", Map.of(), TaggerRecipe.BASELINE_FEATURES, 5, 0), slice);
        assertFalse(GreedyNameFinder.supports(baseline));
    }

    /**
     * Every dev sentence of the recipe's corpora, as the tagger sees them, and with {@code andTraining} one
     * training sentence in seven.
     */
    static List<String[]> sentences(String lang, boolean andTraining) {
        List<String[]> sentences = new ArrayList<>();
        TaggerRecipe recipe = TaggerRecipe.forLang(lang);
        for (Map.Entry<String, Integer> corpus : new TreeMap<>(recipe.corpora()).entrySet()) {
            var in = GreedyNameFinderTest.class.getResourceAsStream("/corpora/ner/" + corpus.getKey());
            int k = 0; // counts training sentences only, so the sample does not depend on the dev rule's blocks
            for (TaggedSentence s : ConllReader.read(in, ConllReader.corpusName(corpus.getKey()))) {
                if (DevSplit.isSampled(s, corpus.getValue()) && (DevSplit.isDev(s) || andTraining && k++ % 7 == 0)) {
                    sentences.add(TaggerInput.sample(s).getSentence());
                }
            }
        }
        return sentences;
    }
}
