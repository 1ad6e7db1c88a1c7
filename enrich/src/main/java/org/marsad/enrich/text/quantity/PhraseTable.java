package org.marsad.enrich.text.quantity;

import java.util.HashMap;
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

    /**
     * One word of a phrase trie. A text word that carries the article ({@code الأمريكي}) also matches a later
     * phrase word without it: {@code articled} keys each child by its article form, so matching hashes the
     * token as written (its hash is cached) and never builds a string.
     */
    private static final class Node<V> {
        final Map<String, Node<V>> children = new HashMap<>(4);
        final Map<String, Node<V>> articled = new HashMap<>(4);
        V value;
        boolean tight;
    }

    private final Node<V> root = new Node<>();
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
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        StringBuilder key = new StringBuilder();
        Node<V> node = root;
        for (Token token : tokens) {
            key.append(key.length() == 0 ? "" : " ").append(token.text());
            node = child(node, token.text());
        }
        node.value = value;
        if (tokens.size() > 1 && phrase.chars().noneMatch(Character::isWhitespace)) {
            node.tight = true;
        }
        maxTokens = Math.max(maxTokens, tokens.size());
        return key.toString();
    }

    private Node<V> child(Node<V> parent, String word) {
        Node<V> node = parent.children.computeIfAbsent(word, w -> new Node<>());
        if (parent != root && word.length() > 1) {
            parent.articled.put(ARTICLE + word, node);
        }
        return node;
    }

    /** Longest phrase starting at token {@code i}, or null. */
    Match<V> at(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        String first = tokens.get(i).text();
        Match<V> best = longest(tokens, i, root.children.get(first), 0);
        if (best != null) {
            return best;
        }
        for (int cut : tokens.get(i).cuts()) {
            Match<V> stripped = longest(tokens, i, root.children.get(first.substring(cut)), cut);
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
        return Set.copyOf(root.children.keySet());
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

    private Match<V> longest(List<Token> tokens, int i, Node<V> first, int prefixLength) {
        return first == null ? null : extend(tokens, i, i + 1, first, prefixLength);
    }

    /** Longest phrase continuing at token {@code j} from {@code node}, the phrase word before it. */
    private Match<V> extend(List<Token> tokens, int i, int j, Node<V> node, int prefixLength) {
        Match<V> best = node.value != null && (!node.tight || adjacent(tokens, i, j))
                ? new Match<>(node.value, i, j, prefixLength) : null;
        if (j >= tokens.size() || node.children.isEmpty()) {
            return best;
        }
        String next = tokens.get(j).text();
        best = longer(tokens, i, j, node.children.get(next), prefixLength, best);
        if (next.startsWith(ARTICLE) && next.length() > ARTICLE.length() + 1) {
            best = longer(tokens, i, j, node.articled.get(next), prefixLength, best);
        }
        return best;
    }

    private Match<V> longer(List<Token> tokens, int i, int j, Node<V> next, int prefixLength, Match<V> best) {
        if (next == null) {
            return best;
        }
        Match<V> match = extend(tokens, i, j + 1, next, prefixLength);
        return match != null && (best == null || match.end() > best.end()) ? match : best;
    }
}
