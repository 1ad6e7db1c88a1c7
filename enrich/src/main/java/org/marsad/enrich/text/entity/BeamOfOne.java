package org.marsad.enrich.text.entity;

import opennlp.tools.util.SequenceValidator;

/**
 * One step of OpenNLP's {@code BeamSearch} with a beam of one, as {@link GreedyNameFinder} needs it: the
 * perceptron's normalisation, the sequence validator's rules as a table, the beam's log scores, its floor and its
 * tie order, each as OpenNLP computes them, so the same outcome wins.
 */
final class BeamOfOne {

    /** BeamSearch drops a sequence whose log score falls to this. */
    private static final double ZERO_LOG = -100000;

    private final boolean[][] valid;

    BeamOfOne(SequenceValidator<String> validator, String[] outcomes) {
        this.valid = validity(validator, outcomes);
    }

    /** {@code PerceptronModel.eval}'s normalisation, operation for operation. */
    static void normalise(double[] prior) {
        double maxPrior = 1;
        for (double p : prior) {
            if (maxPrior < StrictMath.abs(p)) {
                maxPrior = StrictMath.abs(p);
            }
        }
        double normal = 0.0;
        for (int o = 0; o < prior.length; o++) {
            prior[o] = StrictMath.exp(prior[o] / maxPrior);
            normal += prior[o];
        }
        for (int o = 0; o < prior.length; o++) {
            prior[o] /= normal;
        }
    }

    /**
     * A beam of one: among the valid outcomes with the highest probability the one with the best log score,
     * the first on a tie (a priority queue keeps the earliest of equals on top); if none is valid, the best
     * valid outcome of all. -1 when the beam dies.
     */
    int best(double[] probs, int previous, double score) {
        double max = probs[0];
        for (double p : probs) {
            max = Math.max(max, p); // probabilities are positive and finite: the beam's sort gives the same
        }
        int best = pick(probs, previous, score, max);
        return best >= 0 ? best : pick(probs, previous, score, Double.NEGATIVE_INFINITY);
    }

    private int pick(double[] probs, int previous, double score, double atLeast) {
        int best = -1;
        double bestScore = 0;
        for (int o = 0; o < probs.length; o++) {
            if (probs[o] >= atLeast && valid[previous + 1][o]) {
                double s = score + StrictMath.log(probs[o]);
                if (s > ZERO_LOG && (best < 0 || s > bestScore)) {
                    best = o;
                    bestScore = s;
                }
            }
        }
        return best;
    }

    /**
     * Which outcome may follow which, from the codec's own validator: row 0 at a sentence's start, row
     * {@code p + 1} after outcome {@code p}. The BILOU validator reads only the previous outcome.
     */
    private static boolean[][] validity(SequenceValidator<String> validator, String[] outcomes) {
        boolean[][] valid = new boolean[outcomes.length + 1][outcomes.length];
        for (int o = 0; o < outcomes.length; o++) {
            valid[0][o] = validator.validSequence(0, new String[] {"w"}, new String[0], outcomes[o]);
            for (int p = 0; p < outcomes.length; p++) {
                valid[p + 1][o] = validator.validSequence(1, new String[] {"w", "w"}, new String[] {outcomes[p]},
                        outcomes[o]);
            }
        }
        return valid;
    }
}
