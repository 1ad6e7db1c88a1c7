package org.marsad.enrich.text.quantity;

import java.math.BigDecimal;
import java.util.List;

/**
 * Reads a number below a thousand written in words: {@code خمسة وعشرون}, {@code ثلاثمائة}, {@code ثلاث مائة},
 * {@code twenty-five}, {@code two hundred and fifty}.
 *
 * <p>Parts add up, except that a hundred after a lone unit multiplies it. A conjunction or hyphen is only
 * taken when another number word follows, so {@code خمسة و} leaves the {@code و} to the sentence.
 */
final class WordNumberReader {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);

    private final Lexicon lexicon;

    WordNumberReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Reads from {@code i}, which must hold a unit, ten or hundred word. */
    NumberMatch read(List<Token> tokens, int i) {
        BigDecimal sum = BigDecimal.ZERO;
        NumberWord.Kind last = null;
        boolean connected = false;
        int j = i;
        int end = i;
        while (j < tokens.size()) {
            PhraseTable.Match<NumberWord> word = lexicon.numbers.at(tokens, j);
            if (word == null || !isPart(word.value().kind()) || (j > i && !joins(tokens, j, word, last, sum, connected))) {
                break;
            }
            BigDecimal value = word.value().value();
            if (word.value().kind() == NumberWord.Kind.HUNDRED && last == NumberWord.Kind.UNIT
                    && value.compareTo(HUNDRED) == 0 && sum.compareTo(TEN) < 0) {
                sum = sum.multiply(HUNDRED);
            } else {
                sum = sum.add(value);
            }
            last = word.value().kind();
            j = word.end();
            end = j;
            connected = connectorBeforeNumber(tokens, j);
            if (connected) {
                j++;
            }
        }
        return new NumberMatch(sum, i, 0, end, null);
    }

    /**
     * Whether a later word continues the number: Arabic joins a unit to a following ten of twenty or more
     * ({@code خمسة وعشرون}) and a hundred to anything smaller; {@code خمسة وعشرة} is two numbers, as in
     * {@code بين خمسة وعشرة ملايين}. Only the conjunction may be glued to the word.
     */
    private static boolean joins(List<Token> tokens, int j, PhraseTable.Match<NumberWord> word, NumberWord.Kind last,
            BigDecimal sum, boolean connectorBefore) {
        boolean gluedAnd = word.prefixLength() == 1 && tokens.get(j).text().startsWith("\u0648");
        if (word.prefixLength() > 0 && !gluedAnd) {
            return false;
        }
        boolean connected = connectorBefore || gluedAnd;
        BigDecimal value = word.value().value();
        return switch (last) {
            case UNIT -> word.value().kind() == NumberWord.Kind.HUNDRED ? !connected
                    : value.compareTo(TEN) == 0 ? !connected : value.compareTo(TWENTY) >= 0;
            case TEN -> word.value().kind() == NumberWord.Kind.UNIT && sum.compareTo(TWENTY) >= 0;
            default -> value.compareTo(HUNDRED) < 0;
        };
    }

    private boolean connectorBeforeNumber(List<Token> tokens, int j) {
        if (j + 1 >= tokens.size()) {
            return false;
        }
        Token connector = tokens.get(j);
        boolean isConnector = connector.text().equals("\u0648") || connector.text().equals("and")
                || (connector.isSymbol('-') && connector.start() == tokens.get(j - 1).end());
        if (!isConnector) {
            return false;
        }
        PhraseTable.Match<NumberWord> next = lexicon.numbers.at(tokens, j + 1);
        return next != null && isPart(next.value().kind());
    }

    private static boolean isPart(NumberWord.Kind kind) {
        return kind == NumberWord.Kind.UNIT || kind == NumberWord.Kind.TEN || kind == NumberWord.Kind.HUNDRED;
    }
}
