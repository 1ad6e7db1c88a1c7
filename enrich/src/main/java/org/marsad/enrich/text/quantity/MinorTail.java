package org.marsad.enrich.text.quantity;

import java.math.BigDecimal;
import java.util.List;

/** Adds the minor part of a compound amount to its main amount, so that the two are one mention. */
final class MinorTail {

    private final NumberReader numbers;
    private final CurrencyReader currencies;

    MinorTail(NumberReader numbers, CurrencyReader currencies) {
        this.numbers = numbers;
        this.currencies = currencies;
    }

    /**
     * The minor part of a compound amount after a main one: {@code سبعة دولارات وخمسون سنتا}, {@code $20 and 43c},
     * {@code 20 dollars 43 cents}, {@code 3 GBP 1 pence}. The conjunction may be left out only when the minor
     * number follows straight after the main currency. The sum keeps the main currency.
     */
    Draft after(List<Token> tokens, Draft main) {
        int k = main.endToken();
        if (k >= tokens.size() || main.currency().isSubunit()) {
            return main;
        }
        String text = tokens.get(k).text();
        boolean separate = text.equals("\u0648") || text.equals("and");
        boolean glued = text.startsWith("\u0648") && text.length() > 1;
        int at = separate ? k + 1 : k;
        if (!separate && !glued && !tokens.get(k).isNumber()) {
            return main;
        }
        NumberMatch cents = at < tokens.size() ? numbers.read(tokens, at) : null;
        if (cents == null || cents.isVague() || cents.scale() != null) {
            return main;
        }
        PhraseTable.Match<CurrencyEntry> sub = currencies.minorAfter(tokens, cents.end());
        if (sub == null) {
            return main;
        }
        BigDecimal amount = main.amount().add(cents.value().multiply(sub.value().factor()));
        return new Draft(main.startToken(), main.start(), sub.end(), amount, null, null, null, main.currency(),
                main.unitStart(), main.unitEnd(), null);
    }
}
