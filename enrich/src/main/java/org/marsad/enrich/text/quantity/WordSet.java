package org.marsad.enrich.text.quantity;

import java.util.Set;

/**
 * An immutable set of words that answers for the tail of a string without cutting it out, so the scan can
 * ask whether {@code الدولار} without its first two letters is a table word and allocate nothing when it is
 * not, which is the common case.
 */
final class WordSet {

    private final String[] slots;
    private final int mask;

    WordSet(Set<String> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4 - 1)) << 1;
        slots = new String[size];
        mask = size - 1;
        for (String word : words) {
            int slot = hash(word, 0) & mask;
            while (slots[slot] != null) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = word;
        }
    }

    /** True when {@code text.substring(from)} is in the set. */
    boolean containsTail(String text, int from) {
        int length = text.length() - from;
        int slot = hash(text, from) & mask;
        for (String word = slots[slot]; word != null; word = slots[slot]) {
            if (word.length() == length && text.regionMatches(from, word, 0, length)) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }

    private static int hash(String text, int from) {
        int h = 0;
        for (int i = from; i < text.length(); i++) {
            h = 31 * h + text.charAt(i);
        }
        return h ^ (h >>> 16);
    }
}
