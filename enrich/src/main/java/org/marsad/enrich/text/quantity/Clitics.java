package org.marsad.enrich.text.quantity;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

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
    private final WordFlags words;
    private final String initials;

    /** {@code prefixes} longest first; {@code words} the first words of every table, each with its flags. */
    Clitics(List<String> prefixes, WordFlags words) {
        this.prefixes = prefixes.toArray(String[]::new);
        this.words = words;
        StringBuilder first = new StringBuilder();
        prefixes.forEach(prefix -> first.append(prefix.charAt(0)));
        this.initials = first.toString();
        for (int k = 0; k < byArabicInitial.length; k++) {
            char initial = (char) (ARABIC_BLOCK + k);
            byArabicInitial[k] = prefixes.stream().filter(p -> p.charAt(0) == initial).toArray(String[]::new);
        }
    }

    /**
     * Tokens of normalised text, each Arabic word carrying its possible clitic cuts, each token the flags of the
     * tables it or its stems start, and each digit run its value.
     */
    List<Token> tokenize(String normalized) {
        List<Token> tokens = Tokenizer.tokenize(normalized);
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            String text = token.text();
            int flags = words.ofTail(text, 0);
            int[] cuts = NONE;
            BigDecimal number = null;
            if (token.isNumber()) {
                // every digit run is an anchor that several finders read, so parse it once here
                number = DigitParser.parse(text);
            } else if (token.kind() == Token.Kind.WORD) {
                for (String prefix : candidates(text.charAt(0))) {
                    int cutFlags = cutFlags(text, prefix);
                    if ((cutFlags & WordFlags.STEM) != 0) {
                        cuts = Arrays.copyOf(cuts, cuts.length + 1);
                        cuts[cuts.length - 1] = prefix.length();
                        flags |= cutFlags;
                    }
                }
            }
            if (flags != 0 || cuts.length > 0 || number != null) {
                tokens.set(k, token.with(cuts, number, flags));
            }
        }
        return tokens;
    }

    /** The flags of the stem left when {@code prefix} is cut off {@code word}; 0 when it may not be cut there. */
    private int cutFlags(String word, String prefix) {
        int stem = word.length() - prefix.length();
        boolean longEnough = stem >= MIN_STEM || (stem >= 2 && prefix.length() == 1 && prefix.charAt(0) == WAW);
        return longEnough && word.startsWith(prefix) ? words.ofTail(word, prefix.length()) : 0;
    }

    /** The prefixes a word starting with {@code c} may carry; most words start with no clitic letter at all. */
    private String[] candidates(char c) {
        if (c >= ARABIC_BLOCK && c < ARABIC_BLOCK + byArabicInitial.length) {
            return byArabicInitial[c - ARABIC_BLOCK];
        }
        return initials.indexOf(c) < 0 ? NO_PREFIXES : prefixes;
    }
}
