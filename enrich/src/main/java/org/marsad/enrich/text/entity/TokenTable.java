package org.marsad.enrich.text.entity;

import java.util.Arrays;

/**
 * Interns normalised tokens to dense int ids in one char pool with an open-addressing hash table, so a
 * large gazetteer's vocabulary costs a few bytes per char instead of a String and a boxed Integer per word.
 * Immutable once {@link #freeze() frozen}; lookups allocate nothing.
 */
final class TokenTable {

    static final int ABSENT = -1;
    private static final int EMPTY = -1;

    private char[] pool = new char[1024];
    private int poolSize;
    private int[] offsets = new int[257];
    private int[] hashes = new int[256];
    private int[] slots = newSlots(512);
    private int size;

    private static int[] newSlots(int capacity) {
        int[] slots = new int[capacity];
        Arrays.fill(slots, EMPTY);
        return slots;
    }

    /** How many distinct tokens are interned; ids run from 0 to one less. */
    int size() {
        return size;
    }

    /** Id of {@code token}, or {@link #ABSENT}. */
    int get(String token) {
        int hash = token.hashCode();
        int mask = slots.length - 1;
        for (int slot = mix(hash) & mask; slots[slot] != EMPTY; slot = (slot + 1) & mask) {
            int id = slots[slot];
            if (hashes[id] == hash && equalsAt(id, token)) {
                return id;
            }
        }
        return ABSENT;
    }

    /** Id of {@code token}, adding it when new. */
    int intern(String token) {
        int existing = get(token);
        if (existing != ABSENT) {
            return existing;
        }
        if ((size + 1) * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        if (size + 1 >= hashes.length) {
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        if (poolSize + token.length() > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + token.length()));
        }
        token.getChars(0, token.length(), pool, poolSize);
        offsets[size] = poolSize;
        poolSize += token.length();
        offsets[size + 1] = poolSize;
        hashes[size] = token.hashCode();
        place(size);
        return size++;
    }

    /** Trims the growth slack; the table stays usable but is meant to be read only from here on. */
    TokenTable freeze() {
        pool = Arrays.copyOf(pool, poolSize);
        offsets = Arrays.copyOf(offsets, size + 1);
        hashes = Arrays.copyOf(hashes, size);
        return this;
    }

    private boolean equalsAt(int id, String token) {
        int start = offsets[id];
        if (offsets[id + 1] - start != token.length()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (pool[start + i] != token.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void rehash(int capacity) {
        slots = newSlots(capacity);
        for (int id = 0; id < size; id++) {
            place(id);
        }
    }

    private void place(int id) {
        int mask = slots.length - 1;
        int slot = mix(hashes[id]) & mask;
        while (slots[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = id;
    }

    /** Spreads String hashes, whose low bits cluster for short words, before masking. */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
