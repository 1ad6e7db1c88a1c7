package org.marsad.enrich.text.quantity;

import java.util.Map;

/**
 * An immutable map from table words to bit flags (which tables a word starts a phrase of) that answers for the
 * tail of a string without cutting it out, so the tokenizer can ask what {@code الدولار} without its first two
 * letters starts and allocate nothing when the answer is nothing, which is the common case.
 */
final class WordFlags {

    /** The first word of some table: a clitic may be cut off before it. */
    static final int STEM = 1;
    /** The first word of a number, currency, percent, month, date or informal-amount phrase. */
    static final int ANCHOR = 1 << 1;
    /** The first word of a country or outlet word ({@code currency_context.tsv}). */
    static final int CONTEXT = 1 << 2;
    /** The first word of an informal amount ({@code a quarter}). */
    static final int INFORMAL = 1 << 3;

    private final String[] slots;
    /** Each slot's hash, compared before the chars: most probes meet a word of another hash. */
    private final int[] hashes;
    private final int[] flags;
    private final int mask;

    WordFlags(Map<String, Integer> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4 - 1)) << 1;
        slots = new String[size];
        hashes = new int[size];
        flags = new int[size];
        mask = size - 1;
        words.forEach((word, bits) -> {
            int hash = hash(word, 0);
            int slot = hash & mask;
            while (slots[slot] != null) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = word;
            hashes[slot] = hash;
            flags[slot] = bits;
        });
    }

    /** The flags of {@code text.substring(from)}; 0 when it is no table word. */
    int ofTail(String text, int from) {
        int length = text.length() - from;
        int hash = hash(text, from);
        int slot = hash & mask;
        for (String word = slots[slot]; word != null; word = slots[slot]) {
            if (hashes[slot] == hash && word.length() == length && text.regionMatches(from, word, 0, length)) {
                return flags[slot];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    /**
     * {@link String#hashCode()} of the tail, spread. A whole word uses the string's own hash, which the string
     * caches, so the phrase tables' hash look-ups that follow on the same token cost nothing more.
     */
    private static int hash(String text, int from) {
        int h = 0;
        if (from == 0) {
            h = text.hashCode();
        } else {
            for (int i = from; i < text.length(); i++) {
                h = 31 * h + text.charAt(i);
            }
        }
        return h ^ (h >>> 16);
    }
}
