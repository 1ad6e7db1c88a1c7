package org.marsad.enrich.text.entity;

import cc.mallet.fst.CRF;
import cc.mallet.fst.CRFTrainerByLabelLikelihood;
import cc.mallet.fst.Transducer;
import cc.mallet.types.InstanceList;
import cc.mallet.types.Sequence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * MALLET 2.0.8's linear-chain CRF over {@link CrfFeatures}, built and trained as MALLET's {@code SimpleTagger}
 * builds and trains one with its defaults: order-1 states fully connected, one weight set per label transition,
 * {@code O} as the start state, L-BFGS on the label likelihood with a Gaussian prior of variance 10, one
 * {@code train(list, 1)} call per iteration. One change from its defaults: BIO transitions that cannot occur (an
 * {@code I-} after {@code O} or after another type) are forbidden, as OpenNLP's sequence validator forbids them
 * to the perceptron.
 */
final class CrfTagger {

    /** SimpleTagger's default {@code --gaussian-variance}; not tuned. */
    static final double VARIANCE = 10.0;
    /** Matched against {@code previous,next}; the start state is {@code O}, so no name starts with {@code I-}. */
    static final Pattern FORBIDDEN = Pattern.compile("O,I-.*|[BI]-(\\w+),I-(?!\\1$).*");
    private static final Pattern ALLOWED = Pattern.compile(".*");
    private static final int REPORT_EVERY = 10;

    /** What training took. */
    record Training(int iterations, boolean converged, long wallMillis, long cpuMillis, int parameters) {
    }

    private final CRF crf;
    private final CrfFeatures features;
    private final Training training;

    private CrfTagger(CRF crf, CrfFeatures features, Training training) {
        this.crf = crf;
        this.features = features;
        this.training = training;
    }

    /** Trains on {@code train} for at most {@code maxIterations} L-BFGS iterations, logging progress. */
    static CrfTagger train(CrfFeatures features, InstanceList train, int maxIterations, PrintStream log) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        CRF crf = new CRF(train.getPipe(), null);
        String start = crf.addOrderNStates(train, new int[] {1}, null, CrfFeatures.OTHER, FORBIDDEN, ALLOWED, true);
        for (int i = 0; i < crf.numStates(); i++) {
            crf.getState(i).setInitialWeight(Transducer.IMPOSSIBLE_WEIGHT);
        }
        crf.getState(start).setInitialWeight(0.0);
        CRFTrainerByLabelLikelihood trainer = new CRFTrainerByLabelLikelihood(crf);
        trainer.setGaussianPriorVariance(VARIANCE);
        boolean converged = false;
        int iteration = 0;
        while (iteration < maxIterations && !converged) {
            converged = trainer.train(train, 1);
            iteration++;
            if (iteration % REPORT_EVERY == 0 || converged) {
                log.printf(Locale.ROOT, "crf iteration %d: %.0f s, log-likelihood %.1f%s%n", iteration,
                        (System.nanoTime() - wall) / 1e9, trainer.getOptimizableCRF(train).getValue(),
                        converged ? " (converged)" : "");
            }
        }
        Training done = new Training(iteration, converged, (System.nanoTime() - wall) / 1_000_000,
                (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000, crf.getNumParameters());
        return new CrfTagger(crf, features, done);
    }

    Training training() {
        return training;
    }

    int states() {
        return crf.numStates();
    }

    /** The names in one sentence: the Viterbi labels, read as BIO. */
    Span[] find(String[] tokens) {
        return spans(crf.transduce(features.vectors(tokens)));
    }

    /** Bytes of the serialised CRF (weights and feature alphabet): what shipping it would add to the jar. */
    int serialisedBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(crf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise the CRF", e);
        }
        return bytes.size();
    }

    /** BIO labels to spans; an {@code I-} that continues no name of its type opens one (forbidden in training). */
    static Span[] spans(Sequence<?> labels) {
        List<Span> spans = new ArrayList<>();
        String open = null;
        int begin = 0;
        for (int i = 0; i <= labels.size(); i++) {
            String label = i < labels.size() ? labels.get(i).toString() : CrfFeatures.OTHER;
            String type = label.equals(CrfFeatures.OTHER) ? null : label.substring(2);
            boolean continues = type != null && label.startsWith("I-") && type.equals(open);
            if (open != null && !continues) {
                spans.add(new Span(begin, i, open));
                open = null;
            }
            if (type != null && !continues) {
                open = type;
                begin = i;
            }
        }
        return spans.toArray(Span[]::new);
    }
}
