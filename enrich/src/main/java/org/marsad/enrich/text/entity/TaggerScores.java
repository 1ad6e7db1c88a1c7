package org.marsad.enrich.text.entity;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact-span precision, recall and F1 per entity type, plus recall on gold names that no list knows (no token
 * covered by a gazetteer name, no person-name token): the check that the model did not learn to trust lists.
 */
public final class TaggerScores {

    /** Counts for one type. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(int tp, int fp, int fn) {
            return new Counts(truePositives + tp, falsePositives + fp, falseNegatives + fn);
        }
    }

    private final Map<String, Counts> byType = new TreeMap<>();
    private int unlistedGold;
    private int unlistedFound;

    void add(String type, int tp, int fp, int fn) {
        byType.merge(type, new Counts(tp, fp, fn), (a, b) -> a.plus(tp, fp, fn));
    }

    void unlisted(boolean found) {
        unlistedGold++;
        unlistedFound += found ? 1 : 0;
    }

    public Map<String, Counts> byType() {
        return Map.copyOf(byType);
    }

    public Counts overall() {
        Counts all = new Counts(0, 0, 0);
        for (Counts c : byType.values()) {
            all = all.plus(c.truePositives(), c.falsePositives(), c.falseNegatives());
        }
        return all;
    }

    public double unlistedRecall() {
        return ratio(unlistedFound, unlistedGold);
    }

    public int unlistedGold() {
        return unlistedGold;
    }

    /** One line per type, then ALL and the unlisted recall; the format docs/ENTITIES.md quotes. */
    public String report() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-7s %6s %6s %6s %6s%n", "type", "P", "R",
                "F1", "gold"));
        byType.forEach((type, c) -> out.append(line(type, c)));
        out.append(line("ALL", overall()));
        out.append(String.format(Locale.ROOT, "unlisted-name recall %.3f (%d gold names in no list)%n",
                unlistedRecall(), unlistedGold));
        return out.toString();
    }

    private static String line(String type, Counts c) {
        return String.format(Locale.ROOT, "%-7s %6.3f %6.3f %6.3f %6d%n", type, c.precision(), c.recall(), c.f1(),
                c.truePositives() + c.falseNegatives());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
