package org.marsad.enrich.text.quantity;

import java.util.ArrayList;
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

    private final List<String> prefixes;
    private final WordSet stems;
    private final String initials;

    /** {@code prefixes} longest first; {@code stems} the first words of every table. */
    Clitics(List<String> prefixes, Set<String> stems) {
        this.prefixes = List.copyOf(prefixes);
        this.stems = new WordSet(stems);
        StringBuilder first = new StringBuilder();
        prefixes.forEach(prefix -> first.append(prefix.charAt(0)));
        this.initials = first.toString();
    }

    /** Tokens of normalised text, each Arabic word carrying its possible clitic cuts and each digit run its value. */
    List<Token> tokenize(String normalized) {
        List<Token> tokens = Tokenizer.tokenize(normalized);
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            if (token.isNumber()) {
                // every digit run is an anchor that several finders read, so parse it once here
                out.add(token.withNumber(DigitParser.parse(token.text())));
                continue;
            }
            int[] cuts = token.kind() == Token.Kind.WORD ? cuts(token.text()) : NONE;
            out.add(cuts.length == 0 ? token : token.withCuts(cuts));
        }
        return out;
    }

    private int[] cuts(String word) {
        int[] found = NONE;
        if (initials.indexOf(word.charAt(0)) < 0) {
            // most words start with no clitic letter at all: one check instead of one per prefix
            return found;
        }
        for (String prefix : prefixes) {
            int stem = word.length() - prefix.length();
            boolean longEnough = stem >= MIN_STEM || (stem >= 2 && prefix.length() == 1 && prefix.charAt(0) == WAW);
            if (longEnough && word.startsWith(prefix) && stems.containsTail(word, prefix.length())) {
                found = Arrays.copyOf(found, found.length + 1);
                found[found.length - 1] = prefix.length();
            }
        }
        return found;
    }
}
