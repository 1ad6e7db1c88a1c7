package org.marsad.enrich.text.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dev split is frozen: these are the SHA-256 fingerprints of each language's dev sentences as first split,
 * before any model was trained. A change to the split rule, the recipe's corpora or the corpus files fails here.
 */
class DevSplitTest {

    @ParameterizedTest
    @CsvSource({
        "ar, 0e17b7be823798fab40faf7cd86b369364c3c41f617b5c330bff7f712061915d",
        "en, 73bbdd5b4b508e3961df220a88eb57199be225d485600f6374d7b119045fd247"})
    void shouldKeepDevSplitWhenCorporaUnchanged(String lang, String fingerprint) {
        assertEquals(fingerprint, DevSplit.fingerprint(dev(TaggerRecipe.forLang(lang))));
    }

    /** The dev sentences of a recipe's corpora, read from the classpath copy of corpora/. */
    static List<TaggedSentence> dev(TaggerRecipe recipe) {
        List<TaggedSentence> dev = new ArrayList<>();
        for (Map.Entry<String, Integer> corpus : new TreeMap<>(recipe.corpora()).entrySet()) {
            var in = DevSplitTest.class.getResourceAsStream("/corpora/ner/" + corpus.getKey());
            for (TaggedSentence s : ConllReader.read(in, ConllReader.corpusName(corpus.getKey()))) {
                if (DevSplit.isSampled(s, corpus.getValue()) && DevSplit.isDev(s)) {
                    dev.add(s);
                }
            }
        }
        return dev;
    }
}
