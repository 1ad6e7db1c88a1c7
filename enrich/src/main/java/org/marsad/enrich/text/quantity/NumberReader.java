package org.marsad.enrich.text.quantity;

import java.math.BigDecimal;
import java.util.List;

/**
 * Reads a number written in digits, in Arabic or English words, or both, with its scale words.
 *
 * <p>A number is one group ({@code 2.5 مليار}, {@code خمسة وعشرون ألفا}, {@code نصف مليون}) followed by
 * groups of smaller scale joined by the conjunction ({@code مليون و500 ألف}) or by a trailing half
 * ({@code مليار ونصف}). A later group that is not smaller ends the number, which keeps the two ends of
 * {@code بين 5 ملايين و10 ملايين} apart.
 */
final class NumberReader {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final String AND_AR = "\u0648";
    private static final String AND_EN = "and";

    private final Lexicon lexicon;
    private final GroupReader groups;

    NumberReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.groups = new GroupReader(lexicon);
    }

    NumberMatch read(List<Token> tokens, int i) {
        NumberMatch number = groups.read(tokens, i, true);
        if (number == null || number.isVague()) {
            return number;
        }
        while (number.scale() != null) {
            int next = afterConjunction(tokens, number.end());
            if (next < 0) {
                return number;
            }
            NumberMatch half = trailingHalf(tokens, next, number);
            if (half != null) {
                return half;
            }
            NumberMatch part = groups.read(tokens, next, false);
            if (part == null || part.isVague() || part.value().compareTo(number.scale()) >= 0) {
                return number;
            }
            number = number.withEnd(number.value().add(part.value()), part.end(), part.scale());
        }
        return number;
    }

    /** Token index after a conjunction at {@code i}; a glued و counts by pointing at the same token. */
    private int afterConjunction(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return -1;
        }
        String text = tokens.get(i).text();
        if (text.equals(AND_AR) || text.equals(AND_EN)) {
            return i + 1;
        }
        return text.startsWith(AND_AR) && text.length() > 1 ? i : -1;
    }

    private NumberMatch trailingHalf(List<Token> tokens, int i, NumberMatch number) {
        PhraseTable.Match<NumberWord> word = lexicon.numbers.at(tokens, i);
        if (word == null || word.value().kind() != NumberWord.Kind.FRACTION
                || word.value().value().compareTo(HALF) != 0) {
            return null;
        }
        BigDecimal value = number.value().add(number.scale().multiply(HALF));
        int end = word.end();
        PhraseTable.Match<NumberWord> repeated = lexicon.numbers.at(tokens, end);
        if (repeated != null && repeated.value().value().compareTo(number.scale()) == 0) {
            end = repeated.end();
        }
        return number.withEnd(value, end, number.scale());
    }
}
