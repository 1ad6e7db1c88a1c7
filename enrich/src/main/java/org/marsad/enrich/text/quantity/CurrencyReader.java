package org.marsad.enrich.text.quantity;

import java.util.List;

/**
 * Finds a currency form before or after a number, honouring each form's position, the capitals rule for ISO
 * codes and the blocked forms ({@code ريال مدريد} is a football club).
 */
final class CurrencyReader {

    static final String BLOCKED = "blocked";
    private static final String ARTICLE = "\u0627\u0644";

    private final Lexicon lexicon;

    CurrencyReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    PhraseTable.Match<CurrencyEntry> before(List<Token> tokens, int i) {
        return before(at(tokens, i));
    }

    /** {@code match} when its form may stand before a number, else null; for a match the caller already has. */
    static PhraseTable.Match<CurrencyEntry> before(PhraseTable.Match<CurrencyEntry> match) {
        return match != null && match.value().position().before() ? match : null;
    }

    PhraseTable.Match<CurrencyEntry> after(List<Token> tokens, int i) {
        PhraseTable.Match<CurrencyEntry> match = at(tokens, i);
        if (match == null || !match.value().position().after()) {
            return null;
        }
        if (match.value().position() != Position.AFTER_GLUED) {
            return match;
        }
        // 85p, but a 1080p screen: a glued letter is money only in a sentence about money
        return glued(tokens, i) && InformalAmounts.moneySentence(lexicon, tokens, i) ? match : null;
    }

    /** The number's own last word when it is a scale that names a currency in a sentence about money (10 grand). */
    PhraseTable.Match<CurrencyEntry> scaleNamingCurrency(List<Token> tokens, NumberMatch number) {
        int last = number.end() - 1;
        if (number.scale() == null || last <= number.start()) {
            return null;
        }
        PhraseTable.Match<CurrencyEntry> match = at(tokens, last);
        boolean names = match != null && match.value().position() == Position.AFTER_CONTEXT && match.end() == number.end();
        return names && InformalAmounts.moneySentence(lexicon, tokens, last) ? match : null;
    }

    /** A minor unit after the minor part of a compound amount: any subunit form after it, or a glued tail (43c). */
    PhraseTable.Match<CurrencyEntry> minorAfter(List<Token> tokens, int i) {
        PhraseTable.Match<CurrencyEntry> match = at(tokens, i);
        if (match == null || !match.value().isSubunit()) {
            return null;
        }
        Position position = match.value().position();
        if (position == Position.AFTER_GLUED || position == Position.TAIL_GLUED) {
            return glued(tokens, i) ? match : null;
        }
        return position.after() ? match : null;
    }

    /**
     * {@code match} (the form at {@code i}) when it is a dual standing for two ({@code دفع ديناران},
     * {@code بجنيهين}): no number before it, and no article among its clitics, since {@code الدولاران} names two
     * currencies rather than an amount.
     */
    PhraseTable.Match<CurrencyEntry> dual(List<Token> tokens, int i, PhraseTable.Match<CurrencyEntry> match) {
        if (match != null && match.end() > i + 1 && match.value().position() != Position.DUAL) {
            // a dual with its country's adjective (دينارين كويتيين) is the adjective row: two of that currency
            PhraseTable.Match<CurrencyEntry> alone = lexicon.currencies.at(tokens.subList(i, i + 1), 0);
            return alone != null && alone.value().position() == Position.DUAL && !alone.value().isSubunit()
                    && match.value().iso() != null && dual(tokens, i, alone) != null ? match : null;
        }
        if (match == null || match.value().position() != Position.DUAL
                || tokens.get(i).text().startsWith(ARTICLE, match.prefixLength() - ARTICLE.length())) {
            return null;
        }
        boolean afterNumber = i > 0 && (tokens.get(i - 1).isNumber() || lexicon.numbers.at(tokens, i - 1) != null);
        return afterNumber ? null : match;
    }

    /** Written against the number before it, in lower case ({@code 85p}), so {@code 85 P} or {@code P 5} is not. */
    private static boolean glued(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).isNumber() && tokens.get(i - 1).end() == tokens.get(i).start()
                && !tokens.get(i).capital();
    }

    /**
     * A currency after a number; {@code linked} (the number is scaled or vague) also allows the linking من/of
     * ({@code ملايين من الدولارات}) and the forms that only count after a scale.
     */
    PhraseTable.Match<CurrencyEntry> afterScale(List<Token> tokens, int i, boolean linked) {
        PhraseTable.Match<CurrencyEntry> direct = after(tokens, i);
        if (direct == null && Hyphens.joins(tokens, i) && tokens.get(i + 1).kind() == Token.Kind.WORD) {
            // a compound adjective (a 5 billion-dollar deal); a symbol after the hyphen ends a range: $1.5bn-$2bn
            direct = after(tokens, i + 1);
        }
        if (direct != null && direct.value().position() == Position.AFTER_SCALED && !linked) {
            return null;
        }
        if (direct != null || !linked) {
            return direct;
        }
        PhraseTable.Match<Lexicon.RangeRole> of = lexicon.linkWords.at(tokens, i);
        return of != null ? after(tokens, of.end()) : null;
    }

    /** The currency form at {@code i}, unless it is blocked or an ISO code not written in capitals. */
    PhraseTable.Match<CurrencyEntry> at(List<Token> tokens, int i) {
        PhraseTable.Match<CurrencyEntry> match = lexicon.currencies.at(tokens, i);
        if (match == null || match.value().unit().equals(BLOCKED)) {
            return null;
        }
        return match.value().upperOnly() && !tokens.get(i).upper() ? null : match;
    }
}
