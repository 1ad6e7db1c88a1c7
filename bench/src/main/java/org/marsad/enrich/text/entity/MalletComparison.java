package org.marsad.enrich.text.entity;

import cc.mallet.types.InstanceList;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Issue #10 item 1: MALLET 2.0.8's linear-chain CRF against the shipped perceptron on one language's frozen dev
 * split, with the same training sentences ({@link TaggerRecipe}, {@link DevSplit}, never dev), the same
 * tokenisation ({@link TaggerInput#sample}), the same feature strings ({@link CrfFeatures}, from the shipped
 * model's generator) and the same scoring. Prints the training run, both taggers' scores, their tagging speed on
 * the dev sentences by thread CPU time, and the CRF's serialised size. An experiment: nothing ships from here.
 *
 * <p>{@code java -Xmx4g -cp bench/target/benchmarks.jar org.marsad.enrich.text.entity.MalletComparison ar
 * [maxIterations=500] [corporaDir=corpora]} (docs/ENTITIES.md, "MALLET CRF comparison").
 */
public final class MalletComparison {

    private static final int SPEED_ROUNDS = 8;

    private MalletComparison() {
    }

    public static void main(String[] args) {
        TaggerRecipe recipe = TaggerRecipe.forLang(args.length > 0 ? args[0] : "ar");
        int maxIterations = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path corpora = Path.of(args.length > 2 ? args[2] : "corpora");
        TaggerTraining.Split split = TaggerTraining.split(recipe, corpora);
        List<TaggedSentence> train = split.train();
        List<TaggedSentence> dev = split.dev();
        System.out.printf(Locale.ROOT, "%s: %d train / %d dev sentences, dev sha256 %s%n", recipe.lang(), train.size(),
                dev.size(), DevSplit.fingerprint(dev));

        TokenNameFinderModel model = EntityTagger.load("ner-" + recipe.lang() + ".bin");
        long start = System.nanoTime();
        List<NameSample> samples = train.stream().map(TaggerInput::sample).toList();
        CrfFeatures features = CrfFeatures.fromTraining(model, samples, recipe.cutoff());
        InstanceList instances = features.instances(samples);
        System.out.printf(Locale.ROOT, "features: %d kept (seen >= %d times) over %d training tokens, %.0f s%n",
                features.size(), recipe.cutoff(), samples.stream().mapToInt(s -> s.getSentence().length).sum(),
                (System.nanoTime() - start) / 1e9);

        CrfTagger crf = CrfTagger.train(features, instances, maxIterations, System.out);
        CrfTagger.Training t = crf.training();
        System.out.printf(Locale.ROOT, "crf: %d states, %d parameters, %d iterations (cap %d, %s), wall %.1f min, "
                + "thread CPU %.1f min, variance %.1f, serialised %d bytes%n", crf.states(), t.parameters(),
                t.iterations(), maxIterations, t.converged() ? "converged" : "not converged", t.wallMillis() / 60e3,
                t.cpuMillis() / 60e3, CrfTagger.VARIANCE, crf.serialisedBytes());

        Function<String[], Span[]> perceptron = TaggerEvaluation.tagger(model);
        System.out.println("shipped perceptron:\n" + TaggerEvaluation.score(model, dev).report());
        System.out.println("MALLET CRF:\n" + TaggerEvaluation.score(crf::find, dev).report());

        String[][] sentences = dev.stream().map(s -> TaggerInput.sample(s).getSentence()).toArray(String[][]::new);
        for (int round = 0; round < SPEED_ROUNDS; round++) {
            speed("perceptron (NameFinderME)", round, perceptron, sentences);
            speed("MALLET CRF (features + Viterbi)", round, crf::find, sentences);
        }
    }

    private static void speed(String label, int round, Function<String[], Span[]> tagger, String[][] sentences) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long tokens = 0;
        long cpu = threads.getCurrentThreadCpuTime();
        for (String[] sentence : sentences) {
            tagger.apply(sentence);
            tokens += sentence.length;
        }
        double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        System.out.printf(Locale.ROOT, "speed round %d, %s: %d tokens in %.2f s CPU, %.0f tokens/s%n", round, label,
                tokens, seconds, tokens / seconds);
    }
}
