package org.marsad.enrich.text.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;

/**
 * The features of {@code features.xml} that depend on one word alone, made by OpenNLP's own generators, in the
 * groups {@link GreedyNameFinder} emits them: token class and word-and-class for the word at the token, one
 * before, two before, one after, two after ({@code ""}, {@code p1}, {@code p2}, {@code n1}, {@code n2}, as the
 * window generator prefixes them); then the lower-cased word at the same five places; then prefixes and
 * suffixes. A word keeps only the model's parameters for them, copied group by group into two flat arrays (the
 * outcome and its weight, feature after feature, in the model's order): adding a group is then one pass over adjacent
 * memory instead of a chase through scattered {@link Context} objects, with the same additions in the same order.
 * The strings are rebuilt on demand (tests).
 */
final class WordFeatures {

    /** Window places in the order OpenNLP's window generator visits them: the token, previous, next. */
    static final String[] PLACES = {"", "p1", "p2", "n1", "n2"};
    static final int AFFIXES = 2 * PLACES.length;
    static final int GROUPS = AFFIXES + 1;

    // Stateless generators (they read tokens[index] only), shared by every thread.
    private static final AdaptiveFeatureGenerator TOKEN_CLASS = new TokenClassFeatureGenerator(true);
    private static final AdaptiveFeatureGenerator TOKEN = new TokenFeatureGenerator(true);
    private static final AdaptiveFeatureGenerator PREFIX = new PrefixFeatureGenerator(4);
    private static final AdaptiveFeatureGenerator SUFFIX = new SuffixFeatureGenerator(4);

    final String word;
    /** OpenNLP's token class ({@code ic}, {@code lc}, {@code 2d}, ...), which the bigram and outcome features use. */
    final String tokenClass;
    /** 31 to the word's length, with int overflow, to compose {@link String#hashCode()} of a joined string. */
    final int power31;
    /** Group {@code g}'s parameters are {@code outcomes/weights[groupStart[g] .. groupStart[g + 1])}. */
    private final int[] groupStart = new int[GROUPS + 1];
    private final int[] outcomes;
    private final double[] weights;
    private Context[] afterOutcome;

    WordFeatures(String word, Map<String, Context> index) {
        this.word = word;
        this.tokenClass = FeatureGeneratorUtil.tokenFeature(word);
        int power = 1;
        for (int i = 0; i < word.length(); i++) {
            power *= 31;
        }
        this.power31 = power;
        String[][] strings = strings(word);
        List<Context> kept = new ArrayList<>();
        int size = 0;
        for (int g = 0; g < GROUPS; g++) {
            for (String feature : strings[g]) {
                Context c = index.get(feature);
                if (c != null) { // a feature the model never kept adds nothing
                    kept.add(c);
                    size += c.getOutcomes().length;
                }
            }
            groupStart[g + 1] = size;
        }
        outcomes = new int[size];
        weights = new double[size];
        int at = 0;
        for (Context c : kept) {
            System.arraycopy(c.getOutcomes(), 0, outcomes, at, c.getOutcomes().length);
            System.arraycopy(c.getParameters(), 0, weights, at, c.getParameters().length);
            at += c.getOutcomes().length;
        }
    }

    /**
     * Adds group {@code g}'s parameters to the scores per outcome, feature by feature in the model's order, as
     * {@code ArrayMath.sumFeatures} adds them.
     */
    void addTo(double[] scores, int g) {
        for (int k = groupStart[g]; k < groupStart[g + 1]; k++) {
            scores[outcomes[k]] += weights[k];
        }
    }

    /** Slots for the model's parameters of {@code pow=OUTCOME,word}, by previous outcome; filled by the caller. */
    Context[] afterOutcome(int outcomes) {
        if (afterOutcome == null) {
            afterOutcome = new Context[outcomes];
        }
        return afterOutcome;
    }

    /** The feature strings of every group, as OpenNLP's generators write them. */
    static String[][] strings(String word) {
        String[] alone = {word};
        List<String> classes = generate(TOKEN_CLASS, alone);
        List<String> token = generate(TOKEN, alone);
        String[][] strings = new String[GROUPS][];
        for (int p = 0; p < PLACES.length; p++) {
            strings[p] = prefixed(PLACES[p], classes);
            strings[PLACES.length + p] = prefixed(PLACES[p], token);
        }
        List<String> affixes = generate(PREFIX, alone);
        affixes.addAll(generate(SUFFIX, alone));
        strings[AFFIXES] = affixes.toArray(String[]::new);
        return strings;
    }

    private static List<String> generate(AdaptiveFeatureGenerator generator, String[] alone) {
        List<String> features = new ArrayList<>();
        generator.createFeatures(features, alone, 0, null);
        return features;
    }

    private static String[] prefixed(String place, List<String> features) {
        return features.stream().map(f -> place + f).toArray(String[]::new);
    }
}
