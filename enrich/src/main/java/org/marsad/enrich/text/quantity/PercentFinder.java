package org.marsad.enrich.text.quantity;

import java.math.BigDecimal;
import java.util.List;
import org.marsad.enrich.text.PercentUnit;
import org.marsad.enrich.text.Qualifier;

/**
 * Finds a percentage at a token: a number with a percent word after it ({@code 20 بالمئة}, {@code 20%},
 * {@code 20 per cent}, {@code 2 نقطة مئوية}) or a percent word before it ({@code ٪٢٠} and {@code بالمائة 10}, as
 * right-to-left copy often stores them; {@code percent of 10}; {@code بنسبة 10}), and ranges whose ends share one
 * percent word ({@code بين 10 و20 بالمئة}, {@code 10-20%}). The word's unit says whether the value counts
 * percent, percentage points or basis points.
 */
final class PercentFinder {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final Lexicon lexicon;
    private final NumberReader numbers;

    PercentFinder(Lexicon lexicon, NumberReader numbers) {
        this.lexicon = lexicon;
        this.numbers = numbers;
    }

    Draft find(List<Token> tokens, int i) {
        PhraseTable.Match<Lexicon.PercentWord> sign = lexicon.percentWords.at(tokens, i);
        if (sign != null && sign.value().position().before()) {
            return signFirst(tokens, i, sign);
        }
        if (sign != null && sign.value().position() == Position.DUAL) {
            boolean afterNumber = i > 0 && (tokens.get(i - 1).isNumber() || lexicon.numbers.at(tokens, i - 1) != null);
            return afterNumber ? null : Draft.percent(i, tokens.get(i).start() + sign.prefixLength(), sign.end(), TWO,
                    null, null, null, sign.value().unit());
        }
        NumberMatch number = plain(tokens, i);
        if (number == null) {
            return null;
        }
        int start = tokens.get(i).start() + number.prefixLength();
        PhraseTable.Match<Lexicon.PercentWord> after = afterWord(tokens, number.end());
        if (after != null) {
            return negated(tokens, i, Draft.percent(i, start, after.end(), number.value(), null, null, null,
                    after.value().unit()));
        }
        return range(tokens, i, number);
    }

    /**
     * A percent word before its number, perhaps with a link word between ({@code percent of 10}). Not after another number ({@code 5 % 20} is two things), and not when a
     * percent word also follows the number: {@code بنسبة 10 في المئة} is read from the number, so the span is the
     * same as without {@code بنسبة}. A rate word ({@code نسبة}, position {@code BEFORE_RATE}) needs a number that
     * no ratio or range word follows, since {@code نسبة 1 إلى 3} is a ratio.
     */
    private Draft signFirst(List<Token> tokens, int i, PhraseTable.Match<Lexicon.PercentWord> sign) {
        PhraseTable.Match<Lexicon.RangeRole> of = sign.end() < tokens.size() ? lexicon.linkWords.at(tokens, sign.end()) : null;
        NumberMatch number = plain(tokens, of == null ? sign.end() : of.end());
        if (number == null || (i > 0 && tokens.get(i - 1).isNumber()) || afterWord(tokens, number.end()) != null) {
            return null;
        }
        if (sign.value().position() == Position.BEFORE_RATE && continuesAsRatio(tokens, number.end())) {
            return null;
        }
        int start = tokens.get(i).start() + sign.prefixLength();
        return Draft.percent(i, start, number.end(), number.value(), null, null, null, sign.value().unit());
    }

    private boolean continuesAsRatio(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k);
        return next.isSymbol(':') || next.isSymbol('/') || lexicon.rangeWords.at(tokens, k) != null
                || lexicon.currencies.at(tokens, k) != null || lexicon.numbers.at(tokens, k) != null;
    }

    /** {@code minus 0.5 percent}: a minus word right before the number, in its sentence, negates the value. */
    private Draft negated(List<Token> tokens, int i, Draft draft) {
        PhraseTable.Match<Lexicon.PercentWord> minus = i > 0 ? lexicon.percentWords.endingAt(tokens, i) : null;
        if (minus == null || minus.value().position() != Position.MINUS
                || tokens.get(minus.start()).sentence() != tokens.get(i).sentence()) {
            return draft;
        }
        int start = tokens.get(minus.start()).start() + minus.prefixLength();
        return Draft.percent(minus.start(), start, draft.endToken(), draft.amount().negate(), null, null, null,
                draft.percentUnit());
    }

    private Draft range(List<Token> tokens, int i, NumberMatch low) {
        PhraseTable.Match<Lexicon.RangeRole> link = lexicon.rangeWords.at(tokens, low.end());
        PhraseTable.Match<Lexicon.RangeRole> opener = lexicon.rangeWords.endingAt(tokens, i);
        boolean opened = opener != null && opener.value() == Lexicon.RangeRole.OPEN;
        if (link == null || !(link.value() == Lexicon.RangeRole.TO || (opened && link.value() == Lexicon.RangeRole.AND))) {
            return null;
        }
        NumberMatch high = plain(tokens, link.end());
        PhraseTable.Match<Lexicon.PercentWord> after = high == null ? null : afterWord(tokens, high.end());
        if (after == null) {
            return null;
        }
        int startToken = opened ? opener.start() : i;
        int start = opened ? tokens.get(opener.start()).start() + opener.prefixLength() : tokens.get(i).start() + low.prefixLength();
        return Draft.percent(startToken, start, after.end(), null, low.value(), high.value(), Qualifier.RANGE,
                after.value().unit());
    }

    private PhraseTable.Match<Lexicon.PercentWord> afterWord(List<Token> tokens, int k) {
        PhraseTable.Match<Lexicon.PercentWord> word = lexicon.percentWords.at(tokens, k);
        if (word != null && word.value().position() == Position.AFTER_GLUED && !gluedLowerCase(tokens, k)) {
            return null;
        }
        return word != null && word.value().position().after() ? word : null;
    }

    private static boolean gluedLowerCase(List<Token> tokens, int k) {
        Token word = tokens.get(k);
        return k > 0 && tokens.get(k - 1).isNumber() && tokens.get(k - 1).end() == word.start() && !word.capital();
    }

    /** A number without scale words: {@code 20 ألف بالمئة} is not a percentage anyone writes. */
    private NumberMatch plain(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        NumberMatch number = numbers.read(tokens, i);
        return number == null || number.isVague() || number.scale() != null ? null : number;
    }
}
