package org.marsad.enrich.text.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Reads one group of a number: a coefficient in digits or words and at most one scale word after it
 * ({@code 2.5 مليار}, {@code ثلاثمائة ألف}, {@code مليون}, {@code ملياري}, {@code نصف مليون}), or a vague
 * multitude ({@code ملايين}, {@code tens of millions}).
 */
final class GroupReader {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final Lexicon lexicon;
    private final WordNumberReader words;

    GroupReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.words = new WordNumberReader(lexicon);
    }

    /** A group at {@code i}; {@code first} allows a leading scale word with no coefficient. */
    NumberMatch read(List<Token> tokens, int i, boolean first) {
        Token token = tokens.get(i);
        if (token.isNumber()) {
            BigDecimal coefficient = token.number();
            return coefficient == null ? null : scaled(tokens, i, 0, i + 1, coefficient, false);
        }
        if (token.isSymbol('(')) {
            BigDecimal coefficient = parenthesised(tokens, i);
            NumberMatch match = coefficient == null ? null : scaled(tokens, i, 0, i + 5, coefficient, false);
            return match == null || match.scale() == null ? null : match;
        }
        PhraseTable.Match<NumberWord> word = lexicon.numbers.at(tokens, i);
        if (word == null) {
            return null;
        }
        return switch (word.value().kind()) {
            case UNIT, TEN, HUNDRED -> {
                NumberMatch coefficient = words.read(tokens, i);
                yield scaled(tokens, i, word.prefixLength(), coefficient.end(), coefficient.value(), false);
            }
            case FRACTION -> {
                NumberMatch match = scaled(tokens, i, word.prefixLength(), word.end(), word.value().value(), true);
                yield match == null || match.scale() == null ? null : match;
            }
            case MULTITUDE -> multitude(tokens, i, word);
            default -> first ? scaled(tokens, i, word.prefixLength(), i, null, false) : null;
        };
    }

    private NumberMatch scaled(List<Token> tokens, int i, int prefix, int j, BigDecimal coefficient, boolean roundFraction) {
        PhraseTable.Match<NumberWord> scale = j < tokens.size() ? lexicon.numbers.at(tokens, j) : null;
        if (scale == null || !isScale(scale.value()) || (scale.value().glued() && !glued(tokens, j))) {
            return coefficient == null ? null : new NumberMatch(coefficient, i, prefix, j, null);
        }
        BigDecimal unit = scale.value().value();
        BigDecimal value = switch (scale.value().kind()) {
            case SCALE -> coefficient == null ? unit : coefficient.multiply(unit);
            case DUAL -> coefficient == null ? unit.multiply(TWO) : null;
            case SCALE_OR_DUAL -> unit.multiply(coefficient == null ? TWO : coefficient);
            default -> coefficient == null ? null : coefficient.multiply(unit);
        };
        if (value == null && scale.value().kind() == NumberWord.Kind.DUAL) {
            return new NumberMatch(coefficient, i, prefix, j, null);
        }
        if (roundFraction && value != null && value.scale() > 2) {
            value = value.setScale(2, RoundingMode.HALF_EVEN);
        }
        int end = scale.end();
        PhraseTable.Match<NumberWord> larger = end < tokens.size() ? lexicon.numbers.at(tokens, end) : null;
        if (value != null && larger != null && larger.prefixLength() == 0 && larger.value().kind() == NumberWord.Kind.SCALE
                && larger.value().value().compareTo(unit) > 0) {
            // a scale of scales: 1.5 lakh crore, ألف مليار
            value = value.multiply(larger.value().value());
            unit = unit.multiply(larger.value().value());
            end = larger.end();
        }
        return new NumberMatch(value, i, coefficient == null ? scale.prefixLength() : prefix, end, unit);
    }

    private NumberMatch multitude(List<Token> tokens, int i, PhraseTable.Match<NumberWord> word) {
        int j = word.end();
        PhraseTable.Match<Lexicon.RangeRole> of = j < tokens.size() ? lexicon.linkWords.at(tokens, j) : null;
        int k = of != null ? of.end() : j;
        PhraseTable.Match<NumberWord> plural = k < tokens.size() ? lexicon.numbers.at(tokens, k) : null;
        if (plural != null && plural.value().kind() == NumberWord.Kind.PLURAL) {
            return new NumberMatch(null, i, word.prefixLength(), plural.end(), plural.value().value());
        }
        return new NumberMatch(null, i, word.prefixLength(), j, null);
    }

    private static boolean isScale(NumberWord word) {
        return switch (word.kind()) {
            case SCALE, DUAL, SCALE_OR_DUAL, PLURAL -> true;
            default -> false;
        };
    }

    private static boolean glued(List<Token> tokens, int j) {
        return j > 0 && tokens.get(j - 1).isNumber() && tokens.get(j - 1).end() == tokens.get(j).start();
    }

    /** Wire copy's {@code ( 721 , 2 )}: the halves of 2.721 written in reverse inside brackets. */
    private static BigDecimal parenthesised(List<Token> tokens, int i) {
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
