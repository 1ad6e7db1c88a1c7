package org.marsad.enrich.text.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable trie over normalised tokens, each token interned to an int id, stored as flat sorted arrays
 * so a 100,000-entry gazetteer stays small and one instance is shared by every thread.
 *
 * <p>Node {@code n}'s children are {@code edgeToken/edgeTarget[edgeStart[n] .. edgeStart[n + 1])}, sorted
 * by token id for a binary search. The root is the exception: it has a child for nearly every distinct first word
 * (hundreds of thousands with GeoNames), where a binary search costs some twenty cache misses for each token of
 * every text, so its children are an array indexed by token id. {@link #payload} is {@link #NONE} on nodes that
 * end no phrase.
 */
final class PhraseIndex {

    static final int NONE = -1;
    static final int ROOT = 0;

    private final TokenTable dictionary;
    private final int[] edgeStart;
    private final int[] edgeToken;
    private final int[] edgeTarget;
    private final int[] payloads;
    /** The root's child per token id, {@link #NONE} for a token that starts no phrase. */
    private final int[] rootChild;

    private PhraseIndex(TokenTable dictionary, int[] edgeStart, int[] edgeToken, int[] edgeTarget,
            int[] payloads) {
        this.dictionary = dictionary;
        this.edgeStart = edgeStart;
        this.edgeToken = edgeToken;
        this.edgeTarget = edgeTarget;
        this.payloads = payloads;
        this.rootChild = new int[dictionary.size()];
        Arrays.fill(rootChild, NONE);
        for (int e = edgeStart[ROOT]; e < edgeStart[ROOT + 1]; e++) {
            rootChild[edgeToken[e]] = edgeTarget[e];
        }
    }

    /** Child of {@code node} along token key {@code key}, or {@link #NONE}. */
    int child(int node, String key) {
        int token = dictionary.get(key);
        if (token == TokenTable.ABSENT) {
            return NONE;
        }
        if (node == ROOT) {
            return rootChild[token];
        }
        int found = Arrays.binarySearch(edgeToken, edgeStart[node], edgeStart[node + 1], token);
        return found < 0 ? NONE : edgeTarget[found];
    }

    int payload(int node) {
        return payloads[node];
    }

    static Builder builder() {
        return new Builder();
    }

    /** Collects phrases; the first payload given for a phrase is kept, so callers add preferred forms first. */
    static final class Builder {
        private final TokenTable dictionary = new TokenTable();
        private final Map<Long, Integer> edges = new HashMap<>();
        private int[] payloads = {NONE};
        private int nodes = 1;

        /** Adds a phrase given as its token keys; empty phrases are ignored. */
        Builder add(List<String> keys, int payload) {
            if (keys.isEmpty()) {
                return this;
            }
            int node = ROOT;
            for (String key : keys) {
                int token = dictionary.intern(key);
                node = edges.computeIfAbsent(((long) node << 32) | token, e -> newNode());
            }
            if (payloads[node] == NONE) {
                payloads[node] = payload;
            }
            return this;
        }

        private int newNode() {
            if (nodes == payloads.length) {
                int old = payloads.length;
                payloads = Arrays.copyOf(payloads, old * 2);
                Arrays.fill(payloads, old, payloads.length, NONE);
            }
            return nodes++;
        }

        PhraseIndex build() {
            long[] sorted = edges.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            int[] edgeStart = new int[nodes + 1];
            int[] edgeToken = new int[sorted.length];
            int[] edgeTarget = new int[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                edgeStart[(int) (sorted[i] >>> 32) + 1]++;
                edgeToken[i] = (int) sorted[i];
                edgeTarget[i] = edges.get(sorted[i]);
            }
            for (int n = 0; n < nodes; n++) {
                edgeStart[n + 1] += edgeStart[n];
            }
            return new PhraseIndex(dictionary.freeze(), edgeStart, edgeToken, edgeTarget,
                    Arrays.copyOf(payloads, nodes));
        }
    }
}
