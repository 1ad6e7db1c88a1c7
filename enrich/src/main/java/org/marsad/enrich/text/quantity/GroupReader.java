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
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Lexicon lexicon;
    private final WordNumberReader words;
    private final WireDecimals wire;

    GroupReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.words = new WordNumberReader(lexicon);
        this.wire = new WireDecimals(lexicon);
    }

    /** A group at {@code i}; {@code first} allows a leading scale word with no coefficient. */
    NumberMatch read(List<Token> tokens, int i, boolean first) {
        Token token = tokens.get(i);
        if (token.isNumber()) {
            if (continuesSpacedGroups(tokens, i)) {
                // "000" of "1 500 000": the number starts at "1", never here (it would read as 0).
                return null;
            }
            BigDecimal reversed = wire.spacedReversed(tokens, i);
            if (reversed != null) {
                return scaled(tokens, i, 0, i + 3, reversed, false);
            }
            int end = spacedGroupsEnd(tokens, i);
            BigDecimal coefficient = end > i + 1 ? joined(tokens, i, end) : token.number();
            return coefficient == null ? null : scaled(tokens, i, 0, end, coefficient, false);
        }
        if (token.isSymbol('(')) {
            BigDecimal coefficient = WireDecimals.parenthesised(tokens, i);
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
                int j = afterArticle(tokens, word.end());
                NumberMatch match = scaled(tokens, i, word.prefixLength(), j, word.value().value(), true);
                yield match == null || match.scale() == null ? null : match;
            }
            case MULTITUDE -> multitude(tokens, i, word);
            default -> first ? scaled(tokens, i, word.prefixLength(), i, null, false) : null;
        };
    }

    /**
     * End of a number written with spaces between thousands groups ({@code 1 500 000}, Maghreb and French
     * style): one to three digits, then groups of exactly three digits each one space further on.
     */
    private static int spacedGroupsEnd(List<Token> tokens, int i) {
        int digits = tokens.get(i).plainDigits();
        int j = i + 1;
        if (digits < 1 || digits > 3) {
            return j;
        }
        while (j < tokens.size() && isNextGroup(tokens, j)) {
            j++;
        }
        return j;
    }

    private static boolean continuesSpacedGroups(List<Token> tokens, int i) {
        int before = i > 0 ? tokens.get(i - 1).plainDigits() : -1;
        return before >= 1 && before <= 3 && isNextGroup(tokens, i);
    }

    private static boolean isNextGroup(List<Token> tokens, int j) {
        return tokens.get(j).plainDigits() == 3 && tokens.get(j).start() == tokens.get(j - 1).end() + 1;
    }

    private static BigDecimal joined(List<Token> tokens, int i, int end) {
        StringBuilder digits = new StringBuilder();
        for (int k = i; k < end; k++) {
            digits.append(tokens.get(k).text());
        }
        return new BigDecimal(digits.toString());
    }

    private NumberMatch scaled(List<Token> tokens, int i, int prefix, int j, BigDecimal coefficient, boolean roundFraction) {
        PhraseTable.Match<NumberWord> scale = scaleAt(tokens, j);
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

    private PhraseTable.Match<NumberWord> scaleAt(List<Token> tokens, int j) {
        PhraseTable.Match<NumberWord> hyphenated = hyphenatedScale(tokens, j);
        if (hyphenated != null) {
            return hyphenated;
        }
        return j < tokens.size() ? lexicon.numbers.at(tokens, j) : null;
    }

    /** The scale of {@code 10-million-euro}: only a written-out scale glued by a hyphen to a digit run. */
    private PhraseTable.Match<NumberWord> hyphenatedScale(List<Token> tokens, int j) {
        if (j == 0 || !tokens.get(j - 1).isNumber() || !Hyphens.joins(tokens, j)) {
            return null;
        }
        PhraseTable.Match<NumberWord> scale = lexicon.numbers.at(tokens, j + 1);
        return scale != null && scale.value().kind() == NumberWord.Kind.SCALE && !scale.value().glued() ? scale : null;
    }

    /** English puts an article between a fraction and its scale: half a million, a third of a billion. */
    private static int afterArticle(List<Token> tokens, int j) {
        if (j + 1 < tokens.size() && tokens.get(j).text().equals("of") && tokens.get(j + 1).text().equals("a")) {
            return j + 2;
        }
        return j < tokens.size() && tokens.get(j).text().equals("a") ? j + 1 : j;
    }

    /**
     * A multitude and the scale words it counts, all vague: {@code عشرات الملايين}, {@code tens of millions},
     * {@code عدة مليارات}, {@code several billion}, {@code a few hundred thousand}. Reading the scale here keeps
     * {@code several billion dollars} from becoming one billion when the scan reaches {@code billion}.
     */
    private NumberMatch multitude(List<Token> tokens, int i, PhraseTable.Match<NumberWord> word) {
        int end = word.end();
        BigDecimal scale = null;
        for (PhraseTable.Match<NumberWord> counted = counted(tokens, end); counted != null; counted = counted(tokens, end)) {
            end = counted.end();
            scale = counted.value().kind() == NumberWord.Kind.MULTITUDE ? scale : counted.value().value();
        }
        return new NumberMatch(null, i, word.prefixLength(), end, scale);
    }

    /**
     * The next word a multitude counts at {@code j}: a plural scale, also after a link ({@code مئات من الآلاف}),
     * or straight after it a singular scale ({@code several million}), the bare hundred ({@code several hundred})
     * or another multitude ({@code بضع مئات}).
     */
    private PhraseTable.Match<NumberWord> counted(List<Token> tokens, int j) {
        PhraseTable.Match<Lexicon.RangeRole> of = j < tokens.size() ? lexicon.linkWords.at(tokens, j) : null;
        int k = of != null ? of.end() : j;
        PhraseTable.Match<NumberWord> next = k < tokens.size() ? lexicon.numbers.at(tokens, k) : null;
        if (next == null || (of != null && next.value().kind() != NumberWord.Kind.PLURAL)) {
            return null;
        }
        return switch (next.value().kind()) {
            case PLURAL, MULTITUDE -> next;
            case SCALE -> next.value().glued() ? null : next;
            case HUNDRED -> next.value().value().compareTo(HUNDRED) == 0 ? next : null;
            default -> null;
        };
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
}
