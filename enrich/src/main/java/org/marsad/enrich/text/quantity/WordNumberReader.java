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

    private final Lexicon lexicon;

    WordNumberReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Reads from {@code i}, which must hold a unit, ten or hundred word. */
    NumberMatch read(List<Token> tokens, int i) {
        BigDecimal sum = BigDecimal.ZERO;
        NumberWord.Kind last = null;
        int j = i;
        while (j < tokens.size()) {
            PhraseTable.Match<NumberWord> word = lexicon.numbers.at(tokens, j);
            if (word == null || !isPart(word.value().kind())) {
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
            if (connectorBeforeNumber(tokens, j)) {
                j++;
            }
        }
        return new NumberMatch(sum, i, 0, j, null);
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
