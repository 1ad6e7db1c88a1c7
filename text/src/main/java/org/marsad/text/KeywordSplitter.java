package org.marsad.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a keyword line that came without separators ({@code كلمات دلالية: حريات المؤسسة غير الربحية ...},
 * #17) into tags. The raw record keeps the line as scraped; enrich splits it, so a replay with a better lexicon
 * splits it better. Pure and shared: the caller gives what it knows.
 *
 * <ul>
 *   <li>A line of fewer than {@link #MIN_WORDS} words is one tag: short multi-word keywords are real tags
 *       ({@code دعم المزارعين}).</li>
 *   <li>Known spans (names and amounts the caller's taggers found in the line, {@code [start, end)}) are tags
 *       of their own, widened to whole words.</li>
 *   <li>Elsewhere, the longest phrase of at most {@link #MAX_PHRASE_WORDS} words in the phrase list is a tag;
 *       phrases and words are compared after {@link ArabicNormalizer} (hamza forms, teh marbuta, harakat).</li>
 *   <li>Words between them that nothing knows stay together as one tag.</li>
 * </ul>
 */
public final class KeywordSplitter {

    /** Lines shorter than this are kept whole. */
    public static final int MIN_WORDS = 4;
    /** Longest phrase list entry looked up, in words. */
    public static final int MAX_PHRASE_WORDS = 4;

    private final Set<String> phrases;

    /** {@code phrases}: common tags, any spelling; normalised here. */
    public KeywordSplitter(Iterable<String> phrases) {
        Set<String> normalised = new HashSet<>();
        for (String phrase : phrases) {
            String key = key(phrase);
            if (!key.isEmpty()) {
                normalised.add(key);
            }
        }
        this.phrases = Set.copyOf(normalised);
    }

    /** The tags of {@code line}, in order, without duplicates; {@code known} holds {@code [start, end)} pairs. */
    public List<String> split(String line, List<int[]> known) {
        String text = line.strip();
        List<int[]> words = words(line);
        if (words.size() < MIN_WORDS) {
            return text.isEmpty() ? List.of() : List.of(text);
        }
        Set<String> tags = new LinkedHashSet<>();
        int runStart = -1;
        int i = 0;
        while (i < words.size()) {
            int end = knownEnd(words, i, known);
            if (end < 0) {
                end = phraseEnd(line, words, i);
            }
            if (end < 0) {
                runStart = runStart < 0 ? i : runStart;
                i++;
                continue;
            }
            if (runStart >= 0) {
                tags.add(line.substring(words.get(runStart)[0], words.get(i - 1)[1]));
                runStart = -1;
            }
            tags.add(line.substring(words.get(i)[0], words.get(end)[1]));
            i = end + 1;
        }
        if (runStart >= 0) {
            tags.add(line.substring(words.get(runStart)[0], words.get(words.size() - 1)[1]));
        }
        return List.copyOf(tags);
    }

    /** The last word of a known span that starts in word {@code i}, or -1. */
    private static int knownEnd(List<int[]> words, int i, List<int[]> known) {
        int last = -1;
        for (int[] span : known) {
            if (span[0] >= words.get(i)[0] && span[0] < words.get(i)[1]) {
                int j = i;
                while (j + 1 < words.size() && words.get(j + 1)[0] < span[1]) {
                    j++;
                }
                last = Math.max(last, j);
            }
        }
        return last;
    }

    /** The last word of the longest listed phrase starting at word {@code i}, or -1. */
    private int phraseEnd(String line, List<int[]> words, int i) {
        for (int j = Math.min(words.size(), i + MAX_PHRASE_WORDS) - 1; j >= i; j--) {
            if (phrases.contains(key(line.substring(words.get(i)[0], words.get(j)[1])))) {
                return j;
            }
        }
        return -1;
    }

    private static List<int[]> words(String line) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new int[] {start, i});
            }
        }
        return words;
    }

    private static String key(String phrase) {
        return String.join(" ", ArabicNormalizer.normalizeToString(phrase).toLowerCase(Locale.ROOT).strip().split("\\s+"));
    }
}
