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
 * suffixes. A word keeps only the model's parameters for them; the strings are rebuilt on demand (tests).
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
    private final Context[][] groups;
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
        groups = new Context[GROUPS][];
        for (int g = 0; g < GROUPS; g++) {
            groups[g] = new Context[strings[g].length];
            for (int f = 0; f < strings[g].length; f++) {
                groups[g][f] = index.get(strings[g][f]);
            }
        }
    }

    /** The model's parameters of group {@code g}, null where the model never kept the feature. */
    Context[] group(int g) {
        return groups[g];
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
