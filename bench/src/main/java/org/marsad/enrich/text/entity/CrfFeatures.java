package org.marsad.enrich.text.entity;

import cc.mallet.pipe.Noop;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureVector;
import cc.mallet.types.FeatureVectorSequence;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import cc.mallet.types.LabelAlphabet;
import cc.mallet.types.LabelSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * What MALLET's CRF reads for a sentence (#10 item 1): per token, the feature strings of the shipped model's own
 * generator (its descriptor {@code features.xml}, {@link EntityFeatures} included) as a {@link FeatureVector}, and
 * the gold names as BIO labels. The previous-outcome features ({@code po=}, {@code pow=}, ...) that OpenNLP's
 * context generator adds on top are left out: the CRF's label transitions stand in for them.
 *
 * <p>The generator caches per sentence, so an instance belongs to one thread.
 */
final class CrfFeatures {

    static final String OTHER = "O";

    private final AdaptiveFeatureGenerator generator;
    private final Alphabet alphabet;
    private final LabelAlphabet labels;
    private final List<String> scratch = new ArrayList<>();

    private CrfFeatures(AdaptiveFeatureGenerator generator, Alphabet alphabet, LabelAlphabet labels) {
        this.generator = generator;
        this.alphabet = alphabet;
        this.labels = labels;
    }

    /**
     * Indexes the features seen at least {@code cutoff} times in {@code train}, as the perceptron's cutoff keeps
     * them, and the BIO labels of the types found there; both alphabets are then frozen.
     */
    static CrfFeatures fromTraining(TokenNameFinderModel model, List<NameSample> train, int cutoff) {
        CrfFeatures counting = new CrfFeatures(model.getFactory().createFeatureGenerators(), null, null);
        Map<String, Integer> counts = new HashMap<>();
        TreeSet<String> types = new TreeSet<>();
        for (NameSample sample : train) {
            String[] tokens = sample.getSentence();
            for (int i = 0; i < tokens.length; i++) {
                for (String f : counting.strings(tokens, i)) {
                    counts.merge(f, 1, Integer::sum);
                }
            }
            Arrays.stream(sample.getNames()).map(Span::getType).forEach(types::add);
        }
        Alphabet alphabet = new Alphabet();
        // sorted, so the same corpus always gives the same feature indices
        counts.entrySet().stream().filter(e -> e.getValue() >= cutoff).map(Map.Entry::getKey).sorted()
                .forEach(alphabet::lookupIndex);
        alphabet.stopGrowth();
        LabelAlphabet labels = new LabelAlphabet();
        labels.lookupIndex(OTHER); // first, as SimpleTagger adds its default label
        for (String type : types) {
            labels.lookupIndex("B-" + type);
            labels.lookupIndex("I-" + type);
        }
        labels.stopGrowth();
        return new CrfFeatures(counting.generator, alphabet, labels);
    }

    int size() {
        return alphabet.size();
    }

    /** The sentence's feature vectors; a feature absent from the alphabet is dropped, as the model drops it. */
    FeatureVectorSequence vectors(String[] tokens) {
        FeatureVector[] vectors = new FeatureVector[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            int[] indices = strings(tokens, i).stream().mapToInt(f -> alphabet.lookupIndex(f, false))
                    .filter(k -> k >= 0).sorted().toArray();
            vectors[i] = vector(indices);
        }
        return new FeatureVectorSequence(vectors);
    }

    /** Training instances: feature vectors and BIO labels, over the alphabets the CRF is built on. */
    InstanceList instances(List<NameSample> samples) {
        InstanceList list = new InstanceList(new Noop(alphabet, labels));
        for (NameSample sample : samples) {
            list.add(new Instance(vectors(sample.getSentence()), bio(sample), sample.getId(), null));
        }
        return list;
    }

    private LabelSequence bio(NameSample sample) {
        String[] tags = new String[sample.getSentence().length];
        Arrays.fill(tags, OTHER);
        for (Span name : sample.getNames()) {
            for (int i = name.getStart(); i < name.getEnd(); i++) {
                tags[i] = (i == name.getStart() ? "B-" : "I-") + name.getType();
            }
        }
        return new LabelSequence(labels, Arrays.stream(tags).mapToInt(t -> labels.lookupIndex(t, false)).toArray());
    }

    private List<String> strings(String[] tokens, int i) {
        scratch.clear();
        generator.createFeatures(scratch, tokens, i, null);
        return scratch;
    }

    /** A feature generated twice for one token counts twice, as in the perceptron's sum. */
    private FeatureVector vector(int[] sorted) {
        int distinct = 0;
        int[] indices = new int[sorted.length];
        double[] values = new double[sorted.length];
        for (int k : sorted) {
            if (distinct > 0 && indices[distinct - 1] == k) {
                values[distinct - 1]++;
            } else {
                indices[distinct] = k;
                values[distinct++] = 1;
            }
        }
        return new FeatureVector(alphabet, Arrays.copyOf(indices, distinct), Arrays.copyOf(values, distinct));
    }
}
