package org.marsad.enrich.text.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a language's tagger from the copied corpora ({@link TaggerRecipe}), never on the dev split, scores it
 * on the dev split, and writes the model with its card ({@link ModelCard}). Used by {@code marsad train-ner}.
 */
public final class TaggerTraining {

    /** What a training run produced. */
    public record Result(TaggerRecipe recipe, int trainSentences, int devSentences, String devFingerprint,
            TaggerScores dev, Path model, long millis) {
    }

    /** A recipe's corpus sentences, training and frozen dev split, in corpus order. */
    record Split(List<TaggedSentence> train, List<TaggedSentence> dev) {
    }

    static final int BEAM_SIZE = 1;

    private TaggerTraining() {
    }

    public static Result run(TaggerRecipe recipe, Path corporaDir, Path outDir) {
        Split split = split(recipe, corporaDir);
        List<TaggedSentence> train = split.train();
        List<TaggedSentence> dev = split.dev();
        long start = System.nanoTime();
        TokenNameFinderModel model = train(recipe, train);
        long millis = (System.nanoTime() - start) / 1_000_000;
        TaggerScores scores = TaggerEvaluation.score(model, dev);
        String fingerprint = DevSplit.fingerprint(dev);
        Result result = new Result(recipe, train.size(), dev.size(), fingerprint, scores,
                outDir.resolve("ner-" + recipe.lang() + ".bin"), millis);
        ModelCard.write(model, result);
        return result;
    }

    /** The recipe's sampled sentences of {@code corporaDir/ner}, split by {@link DevSplit}. */
    static Split split(TaggerRecipe recipe, Path corporaDir) {
        List<TaggedSentence> train = new ArrayList<>();
        List<TaggedSentence> dev = new ArrayList<>();
        for (Map.Entry<String, Integer> corpus : new TreeMap<>(recipe.corpora()).entrySet()) {
            for (TaggedSentence s : ConllReader.read(corporaDir.resolve("ner").resolve(corpus.getKey()))) {
                if (DevSplit.isSampled(s, corpus.getValue())) {
                    (DevSplit.isDev(s) ? dev : train).add(s);
                }
            }
        }
        return new Split(train, dev);
    }

    /** Trains on {@code sentences} as given; the caller has already removed the dev split. */
    public static TokenNameFinderModel train(TaggerRecipe recipe, List<TaggedSentence> sentences) {
        List<NameSample> samples = sentences.stream().map(TaggerInput::sample).toList();
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        params.put(TrainingParameters.ITERATIONS_PARAM, recipe.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, recipe.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        // Greedy decoding: twice the speed of OpenNLP's default beam of 3 (docs/BENCHMARKS.md).
        params.put(BeamSearch.BEAM_SIZE_PARAMETER, BEAM_SIZE);
        try {
            TokenNameFinderFactory factory = new TokenNameFinderFactory(descriptor(recipe.features()), Map.of(),
                    new BilouCodec());
            return NameFinderME.train(recipe.lang(), null, ObjectStreamUtils.createObjectStream(samples), params,
                    factory);
        } catch (IOException e) {
            throw new UncheckedIOException("training the " + recipe.lang() + " tagger failed", e);
        }
    }

    static byte[] descriptor(String name) {
        try (InputStream in = TaggerTraining.class.getResourceAsStream("model/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no feature descriptor model/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read feature descriptor " + name, e);
        }
    }

    static void createParent(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file.getParent(), e);
        }
    }
}
