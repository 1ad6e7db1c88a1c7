package org.marsad.enrich.text.quantity;

import java.math.BigDecimal;
import org.marsad.enrich.text.PercentUnit;
import org.marsad.enrich.text.Qualifier;

/**
 * A money or percent mention before its offsets are mapped back and its currency settled.
 *
 * @param startToken first token of the mention (the range opener when there is one)
 * @param start start in the normalised text, clitics excluded
 * @param endToken token after the mention
 * @param amount exact amount or value, null for a range or a vague amount
 * @param min range lower bound, else null
 * @param max range upper bound, else null
 * @param qualifier {@link Qualifier#RANGE} or {@link Qualifier#UNSPECIFIED} when the form says so, else null
 *     until the words before the mention are read
 * @param currency the currency form, null for a percentage
 * @param unitStart start of the currency form in the normalised text
 * @param unitEnd end of the currency form in the normalised text
 * @param percentUnit what a percentage counts; null for money
 */
record Draft(
        int startToken,
        int start,
        int endToken,
        BigDecimal amount,
        BigDecimal min,
        BigDecimal max,
        Qualifier qualifier,
        CurrencyEntry currency,
        int unitStart,
        int unitEnd,
        PercentUnit percentUnit) {

    /** A percentage: no currency form. */
    static Draft percent(int startToken, int start, int endToken, BigDecimal value, BigDecimal min, BigDecimal max,
            Qualifier qualifier, PercentUnit unit) {
        return new Draft(startToken, start, endToken, value, min, max, qualifier, null, 0, 0, unit);
    }

    Draft withQualifier(Qualifier newQualifier) {
        return new Draft(startToken, start, endToken, amount, min, max, newQualifier, currency, unitStart, unitEnd,
                percentUnit);
    }
}
