package org.marsad.enrich.text.quantity;

import java.util.List;

/**
 * Informal English amounts with no digits ({@code a dollar}, {@code a quarter}) from {@code informal_amounts.tsv},
 * and the money-word test they and {@code 10 grand} need: a sentence with {@code paid}, {@code cost} or
 * {@code price} in it ({@code money_words.tsv}).
 */
final class InformalAmounts {

    private InformalAmounts() {
    }

    /** {@code a dollar}, {@code a quarter} (with a money word in the sentence): informal amounts with no digits. */
    static Draft find(Lexicon lexicon, List<Token> tokens, int i) {
        PhraseTable.Match<Lexicon.Informal> match = lexicon.informalAt(tokens, i);
        if (match == null || continues(lexicon, tokens, match.end())
                || (match.value().needsContext() && !moneySentence(lexicon, tokens, i))) {
            return null;
        }
        Token last = tokens.get(match.end() - 1);
        return new Draft(i, tokens.get(i).start() + match.prefixLength(), match.end(), match.value().amount(), null,
                null, null, match.value().currency(), last.start(), last.end(), null);
    }

    /**
     * An informal phrase that goes on is something else: {@code a quarter of a million dollars} is a fraction of a
     * scale, {@code a dollar-denominated bond} an adjective.
     */
    private static boolean continues(Lexicon lexicon, List<Token> tokens, int k) {
        return k < tokens.size() && (Hyphens.joins(tokens, k) || lexicon.linkWords.at(tokens, k) != null
                || lexicon.numbers.at(tokens, k) != null);
    }

    /** True when a money word stands in the sentence of token {@code i}. */
    static boolean moneySentence(Lexicon lexicon, List<Token> tokens, int i) {
        int sentence = tokens.get(i).sentence();
        for (int k = i; k >= 0 && tokens.get(k).sentence() == sentence; k--) {
            if (lexicon.moneyWords.at(tokens, k) != null) {
                return true;
            }
        }
        for (int k = i + 1; k < tokens.size() && tokens.get(k).sentence() == sentence; k++) {
            if (lexicon.moneyWords.at(tokens, k) != null) {
                return true;
            }
        }
        return false;
    }
}
