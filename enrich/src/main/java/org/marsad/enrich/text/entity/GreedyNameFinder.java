package org.marsad.enrich.text.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;

/**
 * Tags a sentence with a shipped model exactly as OpenNLP's {@link NameFinderME} does with greedy decoding
 * (BeamSize 1) and the descriptor {@code features.xml}, in a third of the time. OpenNLP builds and hashes about
 * forty feature strings per token, the window's five times over; here the features of one word alone
 * ({@link WordFeatures}) are looked up once per distinct word. Same strings, same order, same arithmetic
 * (the parameters added outcome by outcome in feature order as {@code ArrayMath.sumFeatures} adds them, the
 * perceptron's normalisation, the beam's log scores and tie order), so the same
 * spans: {@code GreedyNameFinderTest} compares both, feature by feature and span by span, on the dev splits.
 *
 * <p>Caches words and sentence features, so an instance belongs to one thread.
 */
final class GreedyNameFinder {

    /** SHA-256 of the one feature descriptor this class implements ({@code model/features.xml} of issue #10). */
    static final String DESCRIPTOR_SHA256 = "cb910ab49ccd1575a5072ea896c545342c03772970b6db0e80eb13f208d15b97";
    private static final String OTHER = NameFinderME.OTHER;
    /**
     * Bounds the per-thread word cache: a common word keeps about 23 features × 4 outcomes of copied parameters,
     * about 1 kB (an estimate from the model's average outcomes per feature).
     */
    private static final int WORD_LIMIT = 20_000;

    private final TokenNameFinderModel model;
    private final Map<String, Context> index;
    private final String[] outcomes;
    private final int other;
    private final BeamOfOne beam;
    private final SequenceCodec<String> codec;
    private final FeatureLookup lookup;
    private final EntityFeatures entityFeatures;
    private final Map<String, WordFeatures> words = new HashMap<>();
    /** The current token's score per outcome, summed as its features are generated. */
    private final double[] probs;

    @SuppressWarnings("unchecked")
    GreedyNameFinder(TokenNameFinderModel model) {
        if (!supports(model)) {
            throw new IllegalArgumentException("the greedy decoder needs a perceptron BILOU model with BeamSize 1 and "
                    + "the descriptor of SHA-256 " + DESCRIPTOR_SHA256);
        }
        this.model = model;
        AbstractModel perceptron = model.getArtifact("nameFinder.model");
        this.index = (Map<String, Context>) perceptron.getDataStructures()[1];
        this.outcomes = new String[perceptron.getNumOutcomes()];
        Arrays.setAll(outcomes, perceptron::getOutcome);
        this.other = Arrays.asList(outcomes).indexOf(OTHER);
        this.probs = new double[outcomes.length];
        this.lookup = new FeatureLookup(index, outcomes);
        this.codec = model.getFactory().createSequenceCodec();
        this.beam = new BeamOfOne(codec.createSequenceValidator(), outcomes);
        this.entityFeatures = new EntityFeatures(EntityFeatures.FAMILIES, TaggerKnowledge.get());
    }

    /** True for a model this decoder reproduces exactly; any other goes through {@link NameFinderME}. */
    static boolean supports(TokenNameFinderModel model) {
        byte[] descriptor = model.getArtifact("generator.featuregen");
        return model.getArtifact("nameFinder.model") instanceof PerceptronModel
                && "1".equals(model.getManifestProperty("BeamSize"))
                && model.getFactory().createSequenceCodec() instanceof BilouCodec
                && descriptor != null && DESCRIPTOR_SHA256.equals(EntityTagger.sha256(descriptor));
    }

    /** The names in one sentence, as {@link NameFinderME#find(String[])} gives them. */
    Span[] find(String[] tokens) {
        WordFeatures[] w = words(tokens);
        int[] chosen = new int[tokens.length];
        int previous = -1;
        double score = 0;
        for (int i = 0; i < tokens.length; i++) {
            Arrays.fill(probs, 0);
            features(tokens, w, chosen, i, contextSink);
            BeamOfOne.normalise(probs);
            int best = beam.best(probs, previous, score);
            if (best < 0) {
                return generic(tokens); // the beam died; let OpenNLP do whatever it does then
            }
            score += StrictMath.log(probs[best]);
            chosen[i] = best;
            previous = best;
        }
        return codec.decode(Arrays.stream(chosen).mapToObj(o -> outcomes[o]).toList());
    }

    /** The feature strings of token {@code i} given the outcomes before it, in the order OpenNLP builds them. */
    List<String> featureStrings(String[] tokens, String[] before, int i) {
        List<String> out = new ArrayList<>();
        int[] chosen = Arrays.stream(before).mapToInt(o -> Arrays.asList(outcomes).indexOf(o)).toArray();
        features(tokens, words(tokens), chosen, i, new Sink() {
            @Override
            public void word(WordFeatures word, int group) {
                out.addAll(List.of(WordFeatures.strings(word.word)[group]));
            }

            @Override
            public void string(String feature) {
                out.add(feature);
            }

            @Override
            public void pair(int kind, WordFeatures a, WordFeatures b) {
                out.add(FeatureLookup.pairFeature(kind, a, b));
            }

            @Override
            public void outcome(int kind, int outcome, WordFeatures word) {
                out.add(FeatureLookup.outcomeFeature(kind, outcomes[outcome], word));
            }
        });
        return out;
    }

    /** Where a token's features go: the decoder wants the model's parameters, the test the strings. */
    private interface Sink {
        void word(WordFeatures word, int group);

        void string(String feature);

        void pair(int kind, WordFeatures a, WordFeatures b);

        void outcome(int kind, int outcome, WordFeatures word);
    }

    private final Sink contextSink = new Sink() {
        @Override
        public void word(WordFeatures word, int group) {
            word.addTo(probs, group);
        }

        @Override
        public void string(String feature) {
            add(lookup.string(feature));
        }

        @Override
        public void pair(int kind, WordFeatures a, WordFeatures b) {
            add(lookup.pair(kind, a, b));
        }

        @Override
        public void outcome(int kind, int outcome, WordFeatures word) {
            add(lookup.outcome(kind, outcome, word));
        }
    };

    /**
     * Adds a feature's parameters to the scores as soon as it is generated, in the order and with the operations
     * of {@code ArrayMath.sumFeatures} over the whole list (its factor 1 changes no bit), without the list.
     */
    private void add(Context c) {
        if (c == null) {
            return; // a feature the model never kept
        }
        int[] active = c.getOutcomes();
        double[] parameters = c.getParameters();
        for (int j = 0; j < active.length; j++) {
            probs[active[j]] += parameters[j];
        }
    }

    /**
     * The generators of {@code features.xml} in its order (token class ±2, word ±2, prefixes and suffixes,
     * {@code def}, bigrams, sentence start, {@link EntityFeatures}), then the outcome features
     * {@code DefaultNameContextGenerator} adds.
     */
    private void features(String[] t, WordFeatures[] w, int[] before, int i, Sink sink) {
        int n = t.length;
        for (int kind = 0; kind < 2; kind++) {
            int base = kind * WordFeatures.PLACES.length;
            sink.word(w[i], base);
            for (int d = 1; d <= 2; d++) {
                if (i - d >= 0) {
                    sink.word(w[i - d], base + d);
                }
            }
            for (int d = 1; d <= 2; d++) {
                if (i + d < n) {
                    sink.word(w[i + d], base + 2 + d);
                }
            }
        }
        sink.word(w[i], WordFeatures.AFFIXES);
        sink.string("def");
        if (i > 0) {
            sink.pair(FeatureLookup.PW_W, w[i - 1], w[i]);
            sink.pair(FeatureLookup.PWC_WC, w[i - 1], w[i]);
        }
        if (i + 1 < n) {
            sink.pair(FeatureLookup.W_NW, w[i], w[i + 1]);
            sink.pair(FeatureLookup.WC_NC, w[i], w[i + 1]);
        }
        if (i == 0) {
            sink.string("S=begin");
        }
        List<String> project = entityFeatures.featuresOf(t, i);
        for (int k = 0; k < project.size(); k++) {
            sink.string(project.get(k));
        }
        int po = i > 0 ? before[i - 1] : other;
        sink.outcome(FeatureLookup.PO, po, w[i]);
        sink.outcome(FeatureLookup.POW, po, w[i]);
        sink.outcome(FeatureLookup.POWF, po, w[i]);
        sink.outcome(FeatureLookup.PPO, i > 1 ? before[i - 2] : other, w[i]);
    }

    private WordFeatures[] words(String[] tokens) {
        if (words.size() > WORD_LIMIT) {
            words.clear();
        }
        WordFeatures[] w = new WordFeatures[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            // get then put: a capturing lambda for computeIfAbsent was allocated per token
            w[i] = words.get(tokens[i]);
            if (w[i] == null) {
                w[i] = new WordFeatures(tokens[i], index);
                words.put(tokens[i], w[i]);
            }
        }
        return w;
    }

    private Span[] generic(String[] tokens) {
        NameFinderME finder = new NameFinderME(model);
        return finder.find(tokens);
    }
}
