package org.marsad.enrich.text.quantity;

import java.math.BigDecimal;
import java.util.List;

/**
 * Wire copy's reversed decimals that span several tokens: {@code ( 721 , 2 )}, {@code 3 .218}, {@code 7. 38}.
 * The one-token shapes ({@code 2ر3}, {@code 071.2}) are {@link DigitParser}'s.
 */
final class WireDecimals {

    private final Lexicon lexicon;

    WireDecimals(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Wire copy's reversed decimal with a space on one side of the point: {@code 3 .218} is 218.3 and
     * {@code 7. 38} is 38.7 (bidi marks between them are gone after normalising). Both halves have one to three
     * digits, the point touches exactly one of them, and a scale, currency or percent word follows, so a
     * sentence that ends in a number ({@code عام 2019. 38 شخصا}) is never joined to the next.
     */
    BigDecimal spacedReversed(List<Token> tokens, int i) {
        if (i + 3 >= tokens.size() || !tokens.get(i + 1).isSymbol('.') || (i > 0 && tokens.get(i - 1).isNumber())) {
            return null;
        }
        Token fraction = tokens.get(i);
        Token point = tokens.get(i + 1);
        Token integer = tokens.get(i + 2);
        int fractionDigits = fraction.plainDigits();
        int integerDigits = integer.plainDigits();
        if (fractionDigits < 1 || fractionDigits > 3 || integerDigits < 1 || integerDigits > 3) {
            return null;
        }
        boolean touchesFraction = fraction.end() == point.start();
        boolean touchesInteger = point.end() == integer.start();
        if (touchesFraction == touchesInteger || !unitFollows(tokens, i + 3)) {
            return null;
        }
        return new BigDecimal(integer.text() + "." + fraction.text());
    }

    private boolean unitFollows(List<Token> tokens, int k) {
        return lexicon.numbers.at(tokens, k) != null || lexicon.currencies.at(tokens, k) != null
                || lexicon.percentWords.at(tokens, k) != null;
    }

    /** Wire copy's {@code ( 721 , 2 )}: the halves of 2.721 written in reverse inside brackets. */
    static BigDecimal parenthesised(List<Token> tokens, int i) {
        if (i + 4 >= tokens.size() || !tokens.get(i + 2).isSymbol(',') || !tokens.get(i + 4).isSymbol(')')) {
            return null;
        }
        Token fraction = tokens.get(i + 1);
        Token integer = tokens.get(i + 3);
        if (fraction.plainDigits() < 1 || integer.plainDigits() < 1) {
            return null;
        }
        return new BigDecimal(integer.text() + "." + fraction.text());
    }
}
