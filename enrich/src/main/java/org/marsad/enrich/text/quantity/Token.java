package org.marsad.enrich.text.quantity;

import java.math.BigDecimal;

/**
 * One token of a normalised field: a digit run, a letter run or a single symbol.
 *
 * @param kind what the token is made of
 * @param text the normalised text; Latin letters lower-cased
 * @param start half-open start in the normalised text
 * @param end half-open end in the normalised text
 * @param sentence index of the sentence the token belongs to, for currency context
 * @param upper true when a Latin word was written all in capitals (ISO codes must be)
 * @param capital true when a Latin word was written with a capital first letter (English month names must be)
 * @param cuts lengths of clitic prefixes whose stem is a table word, longest first ({@link Clitics})
 * @param number the value of a digit run, parsed once ({@link DigitParser}); null for other tokens or an
 *     ambiguous run
 */
record Token(
        Kind kind, String text, int start, int end, int sentence, boolean upper, boolean capital, int[] cuts,
        BigDecimal number) {

    private static final int[] NO_CUTS = new int[0];

    Token(Kind kind, String text, int start, int end, int sentence, boolean upper, boolean capital) {
        this(kind, text, start, end, sentence, upper, capital, NO_CUTS, null);
    }

    Token withCuts(int[] newCuts) {
        return new Token(kind, text, start, end, sentence, upper, capital, newCuts, number);
    }

    Token withNumber(BigDecimal value) {
        return new Token(kind, text, start, end, sentence, upper, capital, cuts, value);
    }

    /** Token kinds. */
    enum Kind {
        NUMBER, WORD, SYMBOL
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isSymbol(char c) {
        return kind == Kind.SYMBOL && text.charAt(0) == c;
    }

    /** Number of digits for a plain digit run, else -1. */
    int plainDigits() {
        if (kind != Kind.NUMBER) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return -1;
            }
        }
        return text.length();
    }
}
