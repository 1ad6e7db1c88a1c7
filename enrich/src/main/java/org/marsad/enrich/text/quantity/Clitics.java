package org.marsad.enrich.text.quantity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds, once per token, where a clitic prefix may end ({@code بالدولار} as {@code بال} + {@code دولار}), so the
 * phrase tables never strip prefixes themselves.
 *
 * <p>A cut only counts when the stem left is the first word of some table and keeps at least
 * {@value #MIN_STEM} letters (two after the conjunction, which glues to short number words such as
 * {@code وست}), so {@code بين} never reads as {@code ب} plus the yen {@code ين}.
 */
final class Clitics {

    static final int MIN_STEM = 3;
    private static final int[] NONE = new int[0];
    private static final char WAW = '\u0648';

    private static final char ARABIC_BLOCK = '\u0600';
    private static final String[] NO_PREFIXES = new String[0];

    private final String[] prefixes;
    /** Prefixes by their first letter in the Arabic block, longest first, so a word tries only its own few. */
    private final String[][] byArabicInitial = new String[256][];
    private final WordSet stems;
    private final String initials;

    /** {@code prefixes} longest first; {@code stems} the first words of every table. */
    Clitics(List<String> prefixes, Set<String> stems) {
        this.prefixes = prefixes.toArray(String[]::new);
        this.stems = new WordSet(stems);
        StringBuilder first = new StringBuilder();
        prefixes.forEach(prefix -> first.append(prefix.charAt(0)));
        this.initials = first.toString();
        for (int k = 0; k < byArabicInitial.length; k++) {
            char initial = (char) (ARABIC_BLOCK + k);
            byArabicInitial[k] = prefixes.stream().filter(p -> p.charAt(0) == initial).toArray(String[]::new);
        }
    }

    /** Tokens of normalised text, each Arabic word carrying its possible clitic cuts and each digit run its value. */
    List<Token> tokenize(String normalized) {
        List<Token> tokens = Tokenizer.tokenize(normalized);
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (token.isNumber()) {
                // every digit run is an anchor that several finders read, so parse it once here
                tokens.set(k, token.withNumber(DigitParser.parse(token.text())));
            } else if (token.kind() == Token.Kind.WORD) {
                int[] cuts = cuts(token.text());
                if (cuts.length > 0) {
                    tokens.set(k, token.withCuts(cuts));
                }
            }
        }
        return tokens;
    }

    private int[] cuts(String word) {
        int[] found = NONE;
        for (String prefix : candidates(word.charAt(0))) {
            int stem = word.length() - prefix.length();
            boolean longEnough = stem >= MIN_STEM || (stem >= 2 && prefix.length() == 1 && prefix.charAt(0) == WAW);
            if (longEnough && word.startsWith(prefix) && stems.containsTail(word, prefix.length())) {
                found = Arrays.copyOf(found, found.length + 1);
                found[found.length - 1] = prefix.length();
            }
        }
        return found;
    }

    /** The prefixes a word starting with {@code c} may carry; most words start with no clitic letter at all. */
    private String[] candidates(char c) {
        if (c >= ARABIC_BLOCK && c < ARABIC_BLOCK + byArabicInitial.length) {
            return byArabicInitial[c - ARABIC_BLOCK];
        }
        return initials.indexOf(c) < 0 ? NO_PREFIXES : prefixes;
    }
}
