package org.marsad.enrich.text.entity;

import java.util.HashMap;
import java.util.Map;

/**
 * Names of {@link EntityFeatures}' features over few values ({@code gaz=B-ORG}, {@code kind=LATIN|BOS|ARABIC}),
 * each built once: a fresh string per token cost a concatenation there and a hash at the model look-up, about a
 * fifth of the English tagger's feature time. An instance caches {@code prefix + value} for one prefix, so it
 * belongs to one thread, like its {@link EntityFeatures}.
 */
final class FeatureNames {

    private static final TokenizedText.Kind[] KINDS = TokenizedText.Kind.values();
    /** {@code kind=HERE|BEFORE|AFTER} by the kinds' ordinals; the last index stands for BOS or EOS. */
    private static final String[][][] KIND_NAMES = new String[KINDS.length][KINDS.length + 1][KINDS.length + 1];
    /** {@code pn=HERE|BEFORE|AFTER} by the bits here 4, before 2, after 1. */
    private static final String[] PERSON_NAMES = new String[8];

    static {
        for (int h = 0; h < KINDS.length; h++) {
            for (int b = 0; b <= KINDS.length; b++) {
                for (int a = 0; a <= KINDS.length; a++) {
                    KIND_NAMES[h][b][a] = "kind=" + KINDS[h] + "|" + (b < KINDS.length ? KINDS[b] : "BOS") + "|"
                            + (a < KINDS.length ? KINDS[a] : "EOS");
                }
            }
        }
        for (int bits = 0; bits < PERSON_NAMES.length; bits++) {
            PERSON_NAMES[bits] = "pn=" + ((bits & 4) != 0) + "|" + ((bits & 2) != 0) + "|" + ((bits & 1) != 0);
        }
    }

    private final String prefix;
    private final Map<String, String> names = new HashMap<>();

    FeatureNames(String prefix) {
        this.prefix = prefix;
    }

    /** {@code prefix + value}; the values are tags, types, {@code BOS}, {@code EOS} or null, so the cache stays small. */
    String of(String value) {
        // get then put: computeIfAbsent's lambda captures the prefix and was allocated on every call
        String name = names.get(value);
        if (name == null) {
            name = prefix + value;
            names.put(value, name);
        }
        return name;
    }

    /** The script feature of a token and its neighbours; a null neighbour is the sentence's edge. */
    static String kind(TokenizedText.Kind here, TokenizedText.Kind before, TokenizedText.Kind after) {
        return KIND_NAMES[here.ordinal()][before == null ? KINDS.length : before.ordinal()]
                [after == null ? KINDS.length : after.ordinal()];
    }

    /** The person-name feature of a token and its neighbours. */
    static String person(boolean here, boolean before, boolean after) {
        return PERSON_NAMES[(here ? 4 : 0) + (before ? 2 : 0) + (after ? 1 : 0)];
    }
}
