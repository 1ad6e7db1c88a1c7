package org.marsad.enrich.text.quantity;

import java.util.List;
import org.marsad.enrich.text.Qualifier;

/**
 * Finds a percentage at a token: a number with a percent word after it ({@code 20 بالمئة}, {@code 20%},
 * {@code 20 per cent}) or a percent sign before it ({@code ٪٢٠}, as right-to-left copy often stores it),
 * and ranges whose ends share one percent word ({@code بين 10 و20 بالمئة}, {@code 10-20%}).
 */
final class PercentFinder {

    private final Lexicon lexicon;
    private final NumberReader numbers;

    PercentFinder(Lexicon lexicon, NumberReader numbers) {
        this.lexicon = lexicon;
        this.numbers = numbers;
    }

    Draft find(List<Token> tokens, int i) {
        PhraseTable.Match<Position> sign = lexicon.percentWords.at(tokens, i);
        if (sign != null && sign.value().before()) {
            NumberMatch number = plain(tokens, sign.end());
            if (number != null && (i == 0 || !tokens.get(i - 1).isNumber())) {
                return new Draft(i, tokens.get(i).start(), number.end(), number.value(), null, null, null, null, 0, 0);
            }
            return null;
        }
        NumberMatch number = plain(tokens, i);
        if (number == null) {
            return null;
        }
        int start = tokens.get(i).start() + number.prefixLength();
        PhraseTable.Match<Position> after = afterWord(tokens, number.end());
        if (after != null) {
            return negated(tokens, i, new Draft(i, start, after.end(), number.value(), null, null, null, null, 0, 0));
        }
        return range(tokens, i, number);
    }

    /** {@code minus 0.5 percent}: a minus word right before the number, in its sentence, negates the value. */
    private Draft negated(List<Token> tokens, int i, Draft draft) {
        PhraseTable.Match<Position> minus = i > 0 ? lexicon.percentWords.endingAt(tokens, i) : null;
        if (minus == null || minus.value() != Position.MINUS
                || tokens.get(minus.start()).sentence() != tokens.get(i).sentence()) {
            return draft;
        }
        int start = tokens.get(minus.start()).start() + minus.prefixLength();
        return new Draft(minus.start(), start, draft.endToken(), draft.amount().negate(), null, null, null, null, 0, 0);
    }

    private Draft range(List<Token> tokens, int i, NumberMatch low) {
        PhraseTable.Match<Lexicon.RangeRole> link = lexicon.rangeWords.at(tokens, low.end());
        PhraseTable.Match<Lexicon.RangeRole> opener = lexicon.rangeWords.endingAt(tokens, i);
        boolean opened = opener != null && opener.value() == Lexicon.RangeRole.OPEN;
        if (link == null || !(link.value() == Lexicon.RangeRole.TO || (opened && link.value() == Lexicon.RangeRole.AND))) {
            return null;
        }
        NumberMatch high = plain(tokens, link.end());
        PhraseTable.Match<Position> after = high == null ? null : afterWord(tokens, high.end());
        if (after == null) {
            return null;
        }
        int startToken = opened ? opener.start() : i;
        int start = opened ? tokens.get(opener.start()).start() + opener.prefixLength() : tokens.get(i).start() + low.prefixLength();
        return new Draft(startToken, start, after.end(), null, low.value(), high.value(), Qualifier.RANGE, null, 0, 0);
    }

    private PhraseTable.Match<Position> afterWord(List<Token> tokens, int k) {
        PhraseTable.Match<Position> word = lexicon.percentWords.at(tokens, k);
        if (word != null && word.value() == Position.AFTER_GLUED && !gluedLowerCase(tokens, k)) {
            return null;
        }
        return word != null && word.value().after() ? word : null;
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
