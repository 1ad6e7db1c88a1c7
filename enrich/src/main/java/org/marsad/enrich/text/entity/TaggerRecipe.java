package org.marsad.enrich.text.entity;

import java.util.List;
import java.util.Map;

/**
 * How one language's shipped model is trained, all in one place: corpora, subsampling, features and learner
 * settings. The perceptron has no random initialisation or shuffling, and subsampling is a hash rule
 * ({@link DevSplit#isSampled}), so the same corpora always give the same model.
 *
 * @param lang ISO 639-1 code, also the model's file name ({@code ner-ar.bin})
 * @param corpora corpus file names under the corpora directory's {@code ner/}, each with the share kept (1 in N
 *     sentence blocks; 1 = all)
 * @param features feature descriptor resource next to the models
 * @param iterations perceptron passes
 * @param cutoff features seen fewer times are dropped
 */
public record TaggerRecipe(String lang, Map<String, Integer> corpora, String features, int iterations, int cutoff) {

    public static final String FULL_FEATURES = "features.xml";
    public static final String BASELINE_FEATURES = "features-baseline.xml";

    /**
     * Arabic: the ANERcorp train part only. NewsFANE is the same newswire re-tokenised and re-annotated; adding
     * it would count that text twice, and its tokens are clitic-split, unlike text the pipeline meets.
     */
    public static final TaggerRecipe ARABIC = new TaggerRecipe("ar", Map.of("ar-anercorp-train.conll", 1),
            FULL_FEATURES, 100, 2);

    /**
     * English: GMB (silver VOA news, 1 M tokens) cut to a third so training stays within minutes on a shared
     * 2-core box, plus all of Wikigold and the SEC filings (gold). UNER is left out: it has no MISC, so its
     * miscellaneous names are tagged O and would teach the model to miss them.
     */
    public static final TaggerRecipe ENGLISH = new TaggerRecipe("en", Map.of("en-gmb.conll", 3,
            "en-wikigold.conll", 1, "en-sec-filings.conll", 1), FULL_FEATURES, 100, 2);

    public static final List<TaggerRecipe> SHIPPED = List.of(ARABIC, ENGLISH);

    public TaggerRecipe {
        corpora = Map.copyOf(corpora);
    }

    public TaggerRecipe withFeatures(String descriptor) {
        return new TaggerRecipe(lang, corpora, descriptor, iterations, cutoff);
    }

    public static TaggerRecipe forLang(String lang) {
        return SHIPPED.stream().filter(r -> r.lang.equals(lang)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tagger recipe for language '" + lang + "'"));
    }
}
