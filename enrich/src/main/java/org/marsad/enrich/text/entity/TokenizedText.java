package org.marsad.enrich.text.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NormalizedText;
import org.marsad.text.Proclitics;

/**
 * Splits a field into word and punctuation tokens over its normalised form, keeping a way back to the
 * original UTF-16 offsets.
 *
 * <p>A word is a maximal run of letters and digits; every other non-space char is a token of its own, so
 * punctuation always breaks a name. Keys are the normalised surface, lower-cased for Latin so gazetteer
 * lookups ignore case; the surface keeps its case because capitalisation is evidence.
 */
final class TokenizedText {

    /** What a token is made of, decided by its first char. */
    enum Kind { ARABIC, LATIN, NUMBER, PUNCT }

    private static final char FIRST_ARABIC = '\u0600';
    private static final char LAST_ARABIC = '\u06FF';
    private static final char FATHATAN = '\u064B';
    private static final char KASRATAN = '\u064D';

    private final NormalizedText normalized;
    private String[] keys = new String[16];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private Kind[] kinds = new Kind[16];
    private boolean[] afterNewline = new boolean[16];
    private List<List<Proclitics.Variant>> variants;
    private int size;

    private TokenizedText(NormalizedText normalized) {
        this.normalized = normalized;
    }

    /** Normalises then tokenises {@code original}; the normaliser runs first so marks never split a word. */
    static TokenizedText of(String original) {
        TokenizedText tokens = new TokenizedText(ArabicNormalizer.normalize(original));
        tokens.split();
        return tokens;
    }

    /**
     * Tokenises words that are already tokens of a {@link #of} result (the tagger's input): the same tokens
     * {@link #of} would give for them joined by spaces, built directly since they are normalised already and
     * normalising again changes nothing ({@link ArabicNormalizer#alreadyNormalized}); the tagger asks this for
     * every sentence.
     */
    static TokenizedText ofWords(String[] words) {
        String joined = String.join(" ", words);
        TokenizedText tokens = new TokenizedText(ArabicNormalizer.alreadyNormalized(joined));
        int start = 0;
        for (String word : words) {
            if (!isOneToken(word)) {
                throw new IllegalArgumentException("words are not single tokens: " + joined);
            }
            tokens.add(start, start + word.length(), kindOf(word.charAt(0)), start == 0);
            start += word.length() + 1;
        }
        return tokens;
    }

    /** True when {@link #split} makes one token of {@code word}: a run of letters and digits, or one other char. */
    private static boolean isOneToken(String word) {
        if (word.isEmpty() || Character.isWhitespace(word.charAt(0))) {
            return false;
        }
        if (!Character.isLetterOrDigit(word.charAt(0))) {
            return word.length() == 1;
        }
        for (int i = 1; i < word.length(); i++) {
            if (!Character.isLetterOrDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void split() {
        String text = normalized.text();
        boolean newline = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                newline |= c == '\n' || c == '\r';
                i++;
                continue;
            }
            int end = i + 1;
            if (Character.isLetterOrDigit(c)) {
                while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
            }
            add(i, end, kindOf(c), newline);
            newline = false;
            i = end;
        }
    }

    private void add(int start, int end, Kind kind, boolean newline) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
            afterNewline = Arrays.copyOf(afterNewline, size * 2);
        }
        String surface = normalized.text().substring(start, end);
        keys[size] = kind == Kind.LATIN ? surface.toLowerCase(Locale.ROOT) : surface;
        starts[size] = start;
        ends[size] = end;
        kinds[size] = kind;
        afterNewline[size] = newline;
        size++;
    }

    private static Kind kindOf(char c) {
        if (c >= FIRST_ARABIC && c <= LAST_ARABIC && Character.isLetter(c)) {
            return Kind.ARABIC;
        }
        if (Character.isDigit(c)) {
            return Kind.NUMBER;
        }
        return Character.isLetter(c) ? Kind.LATIN : Kind.PUNCT;
    }

    int size() {
        return size;
    }

    /** The clitic variants of a word token, computed once since every rule asks for them. */
    List<Proclitics.Variant> variants(int token) {
        if (variants == null) {
            variants = new ArrayList<>(Collections.nCopies(size, null));
        }
        if (variants.get(token) == null) {
            variants.set(token, kinds[token] == Kind.ARABIC
                    ? Proclitics.variants(keys[token]) : List.of(new Proclitics.Variant(keys[token], 0)));
        }
        return variants.get(token);
    }

    String key(int token) {
        return keys[token];
    }

    Kind kind(int token) {
        return kinds[token];
    }

    boolean isWord(int token) {
        return kinds[token] == Kind.ARABIC || kinds[token] == Kind.LATIN;
    }

    boolean isPunct(int token, char c) {
        return kinds[token] == Kind.PUNCT && keys[token].charAt(0) == c;
    }

    /**
     * True when the token starts with the article. Normalisation makes {@code إليزابيث} look like
     * {@code ال + يزابيث}; the article is written with a bare alef, so a hamza-seated alef in the original
     * marks a name, not the article.
     */
    boolean hasArticle(int token) {
        if (!Proclitics.hasArticle(keys[token])) {
            return false;
        }
        char first = normalized.original().charAt(normalized.originalStart(starts[token]));
        return first != ArabicNormalizer.ALEF_HAMZA_BELOW && first != ArabicNormalizer.ALEF_HAMZA_ABOVE
                && first != ArabicNormalizer.ALEF_MADDA;
    }

    /** True for a definite word: the article at the front, or behind a preposition or conjunction. */
    boolean isDefinite(int token) {
        return hasArticle(token) || Proclitics.hasGluedArticle(keys[token]);
    }

    /**
     * True when the original word carries tanween, which news writes on indefinite nouns ({@code وفداً}) and
     * never on a name; the normaliser removes the mark, so the original is read.
     */
    boolean hasTanween(int token) {
        String original = normalized.original();
        int end = originalEnd(token + 1);
        for (int k = originalStart(token, 0); k < end; k++) {
            char c = original.charAt(k);
            if (c >= FATHATAN && c <= KASRATAN) {
                return true;
            }
        }
        return false;
    }

    /** The normalised surface with its case, for capitalisation checks. */
    String surface(int token) {
        return normalized.text().substring(starts[token], ends[token]);
    }

    boolean isCapitalised(int token) {
        return kinds[token] == Kind.LATIN && Character.isUpperCase(normalized.text().charAt(starts[token]));
    }

    /** True when a new sentence may begin at {@code token}: field or line start, or after . ! ? : or a quote. */
    boolean startsSentence(int token) {
        if (token == 0 || afterNewline[token]) {
            return true;
        }
        return kinds[token - 1] == Kind.PUNCT && ".!?:\"".indexOf(keys[token - 1].charAt(0)) >= 0;
    }

    /** Original start of {@code token}, after skipping {@code skip} normalised chars (a stripped clitic). */
    int originalStart(int token, int skip) {
        return normalized.originalStart(starts[token] + skip);
    }

    /** Original exclusive end of the last token of a span ending before token {@code end}. */
    int originalEnd(int endExclusive) {
        return normalized.originalEnd(ends[endExclusive - 1]);
    }

    String original() {
        return normalized.original();
    }
}
