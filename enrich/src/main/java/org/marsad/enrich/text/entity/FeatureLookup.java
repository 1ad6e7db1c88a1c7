package org.marsad.enrich.text.entity;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * The model's parameters for {@link GreedyNameFinder}'s features that join two things (a previous outcome and a
 * word, two words, two token classes), found without building their strings where that can be avoided, and the
 * one place that spells those strings (as OpenNLP's generators do). Per thread: it caches.
 */
final class FeatureLookup {

    /** Outcome features of {@code DefaultNameContextGenerator}, in its order. */
    static final int PO = 0;
    static final int POW = 1;
    static final int POWF = 2;
    static final int PPO = 3;
    /** Bigram features of {@code BigramNameFeatureGenerator}: words and token classes, previous and next pair. */
    static final int PW_W = 0;
    static final int PWC_WC = 1;
    static final int W_NW = 2;
    static final int WC_NC = 3;
    private static final String[] OUTCOME_PREFIX = {"po=", "pow=", "powf=", "ppo="};
    private static final String[] PAIR_PREFIX = {"pw,w=", "pwc,wc=", "w,nw=", "wc,nc="};
    /** Marks a cached look-up that found nothing, apart from a slot not looked up yet (null). */
    private static final Context ABSENT = new Context(new int[0], new double[0]);
    private static final int MEMO_LIMIT = 50_000;

    private final Map<String, Context> index;
    private final String[] outcomes;
    private final HashSet32 wordPairHashes;
    private final Map<String, Context> memo = new HashMap<>();
    private final Map<String, Context[]> byClassAndOutcome = new HashMap<>();
    private final Map<String, Map<String, Context[]>> byClassPair = new HashMap<>();
    private final Context[][] outcomeOnly;

    FeatureLookup(Map<String, Context> index, String[] outcomes) {
        this.index = index;
        this.outcomes = outcomes;
        this.wordPairHashes = new HashSet32(index.keySet().stream()
                .filter(k -> k.startsWith(PAIR_PREFIX[PW_W]) || k.startsWith(PAIR_PREFIX[W_NW]))
                .mapToInt(String::hashCode).toArray());
        outcomeOnly = new Context[PPO + 1][outcomes.length];
        for (int o = 0; o < outcomes.length; o++) {
            outcomeOnly[PO][o] = index.get(outcomeFeature(PO, outcomes[o], null));
            outcomeOnly[PPO][o] = index.get(outcomeFeature(PPO, outcomes[o], null));
        }
    }

    static String outcomeFeature(int kind, String outcome, WordFeatures word) {
        return switch (kind) {
            case POW -> OUTCOME_PREFIX[kind] + outcome + "," + word.word;
            case POWF -> OUTCOME_PREFIX[kind] + outcome + "," + word.tokenClass;
            default -> OUTCOME_PREFIX[kind] + outcome;
        };
    }

    static String pairFeature(int kind, WordFeatures a, WordFeatures b) {
        return kind == PW_W || kind == W_NW
                ? PAIR_PREFIX[kind] + a.word + "," + b.word
                : PAIR_PREFIX[kind] + a.tokenClass + "," + b.tokenClass;
    }

    /** Any feature string, through a small per-thread memo: the sentence features repeat from token to token. */
    Context string(String feature) {
        Context c = memo.get(feature);
        if (c == null) {
            if (memo.size() > MEMO_LIMIT) {
                memo.clear();
            }
            c = orAbsent(index.get(feature));
            memo.put(feature, c);
        }
        return unwrap(c);
    }

    Context outcome(int kind, int outcome, WordFeatures word) {
        if (kind == PO || kind == PPO) {
            return outcomeOnly[kind][outcome];
        }
        // a slot is looked up, and its string built, the first time only
        Context[] slots = kind == POW ? word.afterOutcome(outcomes.length) : byClassAndOutcome.get(word.tokenClass);
        if (slots == null) { // get then put: computeIfAbsent's lambda captured this and was allocated per call
            slots = new Context[outcomes.length];
            byClassAndOutcome.put(word.tokenClass, slots);
        }
        if (slots[outcome] == null) {
            slots[outcome] = orAbsent(index.get(outcomeFeature(kind, outcomes[outcome], word)));
        }
        return unwrap(slots[outcome]);
    }

    Context pair(int kind, WordFeatures a, WordFeatures b) {
        if (kind == PW_W || kind == W_NW) {
            // the model knows few word pairs: rule a pair out by the hash its string would have, unbuilt
            int hash = ((PAIR_PREFIX[kind].hashCode() * a.power31 + a.word.hashCode()) * 31 + ',') * b.power31
                    + b.word.hashCode();
            return wordPairHashes.contains(hash) ? index.get(pairFeature(kind, a, b)) : null;
        }
        Context[] slots = byClassPair.computeIfAbsent(a.tokenClass, k -> new HashMap<>())
                .computeIfAbsent(b.tokenClass, k -> new Context[WC_NC + 1]);
        if (slots[kind] == null) {
            slots[kind] = orAbsent(index.get(pairFeature(kind, a, b)));
        }
        return unwrap(slots[kind]);
    }

    private static Context orAbsent(Context c) {
        return c == null ? ABSENT : c;
    }

    private static Context unwrap(Context c) {
        return c == ABSENT ? null : c;
    }

    /** An open-addressing set of ints, for the hashes of the model's word-pair features. */
    private static final class HashSet32 {
        private final int[] slots;
        private final boolean[] used;

        HashSet32(int[] values) {
            int size = Integer.highestOneBit(Math.max(4, values.length * 2)) << 1;
            slots = new int[size];
            used = new boolean[size];
            for (int v : values) {
                int s = slot(v);
                while (used[s] && slots[s] != v) {
                    s = (s + 1) & (size - 1);
                }
                slots[s] = v;
                used[s] = true;
            }
        }

        boolean contains(int v) {
            for (int s = slot(v); used[s]; s = (s + 1) & (slots.length - 1)) {
                if (slots[s] == v) {
                    return true;
                }
            }
            return false;
        }

        private int slot(int v) {
            int h = v * 0x9E3779B9;
            return (h ^ (h >>> 16)) & (slots.length - 1);
        }
    }
}
