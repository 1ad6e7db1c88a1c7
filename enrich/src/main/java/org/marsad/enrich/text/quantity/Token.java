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
 * @param flags the {@link WordFlags} of the token and of its stems after each cut, or-ed, so the scan asks
 *     whether a phrase of some table can start here with a bit test instead of a hash look-up per table
 */
record Token(
        Kind kind, String text, int start, int end, int sentence, boolean upper, boolean capital, int[] cuts,
        BigDecimal number, int flags) {

    private static final int[] NO_CUTS = new int[0];

    Token(Kind kind, String text, int start, int end, int sentence, boolean upper, boolean capital) {
        this(kind, text, start, end, sentence, upper, capital, NO_CUTS, null, 0);
    }

    /** This token with what {@link Clitics} found once for it. */
    Token with(int[] newCuts, BigDecimal value, int newFlags) {
        return new Token(kind, text, start, end, sentence, upper, capital, newCuts, value, newFlags);
    }

    /** True when the token or one of its stems starts a phrase of the tables that {@code flag} stands for. */
    boolean starts(int flag) {
        return (flags & flag) != 0;
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
