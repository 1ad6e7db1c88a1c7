package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.enrich.text.entity.TaggerRecipe;
import org.marsad.enrich.text.entity.TaggerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad train-ner}: rebuilds the entity tagger's models from the copied corpora with the shipped recipe
 * (docs/ENTITIES.md), printing each model's dev-split scores. Deterministic: same corpora, same model.
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Train the entity tagger models (ner-ar.bin, ner-en.bin) from the corpora directory.")
final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--corpora", defaultValue = "corpora", description = "Corpora directory (default: ${DEFAULT-VALUE}).")
    Path corpora;

    @Option(names = "--out", required = true, description = "Directory to write the models and their cards to.")
    Path out;

    @Option(names = "--lang", split = ",", defaultValue = "ar,en", description = "Languages (default: ${DEFAULT-VALUE}).")
    List<String> langs;

    @Option(names = "--baseline", description = "Use OpenNLP's default features only (the plain-learner baseline).")
    boolean baseline;

    @Override
    public Integer call() {
        for (String lang : langs) {
            TaggerRecipe recipe = TaggerRecipe.forLang(lang);
            if (baseline) {
                recipe = recipe.withFeatures(TaggerRecipe.BASELINE_FEATURES);
            }
            System.out.printf(Locale.ROOT, "training %s from %s ...%n", lang, recipe.corpora().keySet());
            TaggerTraining.Result r = TaggerTraining.run(recipe, corpora, out);
            System.out.printf(Locale.ROOT, "%s: %d train / %d dev sentences, trained in %.1f s, dev sha256 %s%n%s",
                    lang, r.trainSentences(), r.devSentences(), r.millis() / 1000.0, r.devFingerprint(),
                    r.dev().report());
            System.out.println("wrote " + r.model());
        }
        return 0;
    }
}
