package org.marsad.enrich.text.quantity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * Maps phrases of one or more tokens to a payload and finds the longest phrase at a token position.
 *
 * <p>Phrases are normalised and tokenised by the same code as the text, so a table can spell them the
 * usual way. Only the first token may carry a clitic prefix ({@code بالدولار}), at the cuts {@link Clitics}
 * found for it; later words may carry the article.
 */
final class PhraseTable<V> {

    private static final String ARTICLE = "\u0627\u0644";

    /** A phrase found at a position: its payload, first token, the token after it and the clitic length skipped. */
    record Match<V>(V value, int start, int end, int prefixLength) {
    }

    private final Map<String, V> phrases = new HashMap<>();
    private final Set<String> firstWords = new HashSet<>();
    private final Set<String> keyPrefixes = new HashSet<>();
    private final Set<String> tightKeys = new HashSet<>();
    private int maxTokens = 1;


    /** Adds or overrides each {@code |}-separated alias of a phrase. */
    void putAliases(String aliases, V value) {
        for (String alias : aliases.split("\\|")) {
            if (!alias.isBlank()) {
                put(alias.strip(), value);
            }
        }
    }

    /** Adds or overrides a phrase; returns the normalised key. */
    String put(String phrase, V value) {
        List<Token> tokens = Tokenizer.tokenize(ArabicNormalizer.normalizeToString(phrase));
        StringBuilder key = new StringBuilder();
        for (Token token : tokens) {
            key.append(key.length() == 0 ? "" : " ").append(token.text());
        }
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        phrases.put(key.toString(), value);
        if (tokens.size() > 1 && phrase.chars().noneMatch(Character::isWhitespace)) {
            tightKeys.add(key.toString());
        }
        StringBuilder prefix = new StringBuilder();
        for (Token token : tokens) {
            prefix.append(prefix.length() == 0 ? "" : " ").append(token.text());
            keyPrefixes.add(prefix.toString());
        }
        firstWords.add(tokens.get(0).text());
        maxTokens = Math.max(maxTokens, tokens.size());
        return key.toString();
    }

    /** Longest phrase starting at token {@code i}, or null. */
    Match<V> at(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        String first = tokens.get(i).text();
        Match<V> best = longest(tokens, i, first, 0);
        if (best != null) {
            return best;
        }
        for (int cut : tokens.get(i).cuts()) {
            Match<V> stripped = longest(tokens, i, first.substring(cut), cut);
            if (stripped != null) {
                return stripped;
            }
        }
        return null;
    }

    /** Longest phrase that ends exactly before token {@code end}, or null. */
    Match<V> endingAt(List<Token> tokens, int end) {
        for (int n = Math.min(maxTokens, end); n >= 1; n--) {
            Match<V> match = at(tokens, end - n);
            if (match != null && match.end() == end) {
                return match;
            }
        }
        return null;
    }

    /** The first words of all phrases, for the cheap test of whether a token can start any phrase. */
    Set<String> firstWords() {
        return Set.copyOf(firstWords);
    }

    /** A phrase written without spaces ({@code A$}, {@code ر.س}) must stand without spaces in the text too. */
    private static boolean adjacent(List<Token> tokens, int i, int j) {
        for (int k = i + 1; k < j; k++) {
            if (tokens.get(k).start() != tokens.get(k - 1).end()) {
                return false;
            }
        }
        return true;
    }

    private Match<V> longest(List<Token> tokens, int i, String first, int prefixLength) {
        if (!firstWords.contains(first)) {
            return null;
        }
        return extend(tokens, i, i + 1, first, prefixLength);
    }

    /**
     * Longest phrase continuing {@code key} at token {@code j}. Later words may carry the article
     * ({@code الدولار الأمريكي}), so each is tried as written and without it.
     */
    private Match<V> extend(List<Token> tokens, int i, int j, String key, int prefixLength) {
        Match<V> best = phrases.containsKey(key) && (!tightKeys.contains(key) || adjacent(tokens, i, j))
                ? new Match<>(phrases.get(key), i, j, prefixLength) : null;
        if (j >= tokens.size() || j - i >= maxTokens) {
            return best;
        }
        String next = tokens.get(j).text();
        best = longer(tokens, i, j, key + " " + next, prefixLength, best);
        if (next.startsWith(ARTICLE) && next.length() > ARTICLE.length() + 1) {
            best = longer(tokens, i, j, key + " " + next.substring(ARTICLE.length()), prefixLength, best);
        }
        return best;
    }

    private Match<V> longer(List<Token> tokens, int i, int j, String longer, int prefixLength, Match<V> best) {
        if (!keyPrefixes.contains(longer)) {
            return best;
        }
        Match<V> match = extend(tokens, i, j + 1, longer, prefixLength);
        return match != null && (best == null || match.end() > best.end()) ? match : best;
    }
}
