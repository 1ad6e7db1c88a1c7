package org.marsad.enrich.text.quantity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.marsad.enrich.text.Qualifier;

/**
 * Finds a money mention starting at a token: an optional currency before the number, the number with its
 * scale, a currency after it, and either a second end that makes a range or a subunit tail
 * ({@code سبعة دولارات وخمسون سنتا}). A number with no currency on either side is never money.
 */
final class MoneyFinder {

    /** Normalised أو and English or; not range words, since they join ends only before a shared scale. */
    private static final Set<String> OR = Set.of("\u0627\u0648", "or");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /** The preposition ل, which joins a range's ends after من. */
    private static final String LAM = "\u0644";

    private final Lexicon lexicon;
    private final NumberReader numbers;
    private final CurrencyReader currencies;
    private final MinorTail minorTail;

    MoneyFinder(Lexicon lexicon, NumberReader numbers) {
        this.lexicon = lexicon;
        this.numbers = numbers;
        this.currencies = new CurrencyReader(lexicon);
        this.minorTail = new MinorTail(numbers, currencies);
    }

    Draft find(List<Token> tokens, int i) {
        Draft informal = InformalAmounts.find(lexicon, tokens, i);
        if (informal != null) {
            return informal;
        }
        // one look-up of the form here serves the dual and the currency before the number
        PhraseTable.Match<CurrencyEntry> here = tokens.get(i).isNumber() ? null : currencies.at(tokens, i);
        PhraseTable.Match<CurrencyEntry> dual = currencies.dual(tokens, i, here);
        if (dual != null) {
            BigDecimal two = TWO.multiply(dual.value().factor());
            int start = tokens.get(i).start() + dual.prefixLength();
            return minorTail.after(tokens, draft(tokens, i, start, dual.end(), two, null, null, null, dual));
        }
        PhraseTable.Match<CurrencyEntry> before = CurrencyReader.before(here);
        int j = before == null ? i : before.end();
        if (j >= tokens.size()) {
            return null;
        }
        NumberMatch number = numbers.read(tokens, j);
        if (number == null || (number.isVague() && before != null)) {
            return null;
        }
        PhraseTable.Match<CurrencyEntry> after = currencies.afterScale(tokens, number.end(), linked(number));
        if (before != null && startsNextAmount(tokens, after)) {
            // "$ 20,000.00 $ 37,305.97": the second symbol belongs to the next amount, not to this one
            after = null;
        }
        Draft range = number.isVague() ? null : range(tokens, i, before, number, after);
        if (range != null) {
            return range;
        }
        PhraseTable.Match<CurrencyEntry> unit = before != null ? before : after;
        if (unit == null && !number.isVague()) {
            unit = currencies.scaleNamingCurrency(tokens, number);
        }
        if (unit == null || (number.isVague() && unit == before)) {
            return null;
        }
        int start = tokens.get(i).start() + (before == null ? number.prefixLength() : 0);
        int end = after == null ? number.end() : after.end();
        if (number.isVague()) {
            return draft(tokens, i, start, end, null, null, null, Qualifier.UNSPECIFIED, unit);
        }
        BigDecimal amount = number.value().multiply(unit.value().factor());
        return minorTail.after(tokens, draft(tokens, i, start, end, amount, null, null, null, unit));
    }

    private static boolean startsNextAmount(List<Token> tokens, PhraseTable.Match<CurrencyEntry> after) {
        return after != null && after.value().position().before() && after.end() < tokens.size()
                && tokens.get(after.end()).isNumber();
    }

    private static boolean linked(NumberMatch number) {
        return number.isVague() || number.scale() != null;
    }

    private Draft range(List<Token> tokens, int i, PhraseTable.Match<CurrencyEntry> before, NumberMatch low,
            PhraseTable.Match<CurrencyEntry> lowAfter) {
        int k = lowAfter == null ? low.end() : lowAfter.end();
        PhraseTable.Match<Lexicon.RangeRole> opener = lexicon.rangeWords.endingAt(tokens, i);
        boolean opened = opener != null && opener.value() == Lexicon.RangeRole.OPEN;
        boolean lowHasUnit = before != null || lowAfter != null;
        boolean bare = !opened && !lowHasUnit && low.scale() == null;
        PhraseTable.Match<Lexicon.RangeRole> link = link(tokens, k, opened, bare);
        if (link == null || link.end() >= tokens.size()) {
            return null;
        }
        PhraseTable.Match<CurrencyEntry> highBefore = currencies.before(tokens, link.end());
        int j = highBefore == null ? link.end() : highBefore.end();
        NumberMatch high = j < tokens.size() ? numbers.read(tokens, j) : null;
        if (high == null || high.isVague()) {
            return null;
        }
        PhraseTable.Match<CurrencyEntry> highAfter = currencies.afterScale(tokens, high.end(), linked(high));
        if (lowAfter != null && !lowAfter.value().isSubunit() && highAfter != null && highAfter.value().isSubunit()) {
            // "ثلاثة دولارات و42 سنتا" after "من": a compound amount, which the subunit tail reads
            return null;
        }
        PhraseTable.Match<CurrencyEntry> unit = first(before, lowAfter, highBefore, highAfter);
        if (bare && link.value() == Lexicon.RangeRole.AND && !Ranges.sharesTail(low, high, highBefore, highAfter)) {
            return null;
        }
        if (unit == null || !(opened || lowHasUnit || tokens.get(link.start()).isSymbol('-')
                || Ranges.borrowsScale(low, high))) {
            // "rose 5 to $12.50" is a change, not a range: a bare "to" needs an opener, a unit or a shared scale
            return null;
        }
        BigDecimal factor = unit.value().factor();
        int start = opened ? tokens.get(opener.start()).start() + opener.prefixLength() : tokens.get(i).start() + (before == null ? low.prefixLength() : 0);
        int end = highAfter == null ? high.end() : highAfter.end();
        return draft(tokens, opened ? opener.start() : i, start, end, null, Ranges.lowEnd(low, high).multiply(factor),
                high.value().multiply(factor), Qualifier.RANGE, unit);
    }

    /**
     * The word joining two ends at {@code k}: {@code -/to/إلى} anywhere, {@code و/and} only after an opener (which
     * also allows a glued و) or after a bare lower end, which {@code أو/or} may also join
     * ({@code 10 أو 20 مليون دولار}).
     */
    private PhraseTable.Match<Lexicon.RangeRole> link(List<Token> tokens, int k, boolean opened, boolean bare) {
        PhraseTable.Match<Lexicon.RangeRole> glued = opened ? gluedLink(tokens, k) : null;
        if (glued != null) {
            return glued;
        }
        PhraseTable.Match<Lexicon.RangeRole> link = lexicon.rangeWords.at(tokens, k);
        if (link == null && bare && k < tokens.size() && OR.contains(tokens.get(k).text())) {
            return new PhraseTable.Match<>(Lexicon.RangeRole.AND, k, k + 1, 0);
        }
        boolean joins = link != null && (link.value() == Lexicon.RangeRole.TO
                || ((opened || bare) && link.value() == Lexicon.RangeRole.AND));
        return joins ? link : null;
    }

    /**
     * After an opener, a link glued to the upper end's word joins the ends in place: the conjunction
     * ({@code بين مليون ومليوني دولار}) or the preposition {@code ل} ({@code من عشرة لعشرين دولار}).
     */
    private PhraseTable.Match<Lexicon.RangeRole> gluedLink(List<Token> tokens, int k) {
        if (k >= tokens.size() || tokens.get(k).kind() != Token.Kind.WORD) {
            return null;
        }
        String text = tokens.get(k).text();
        if (text.equals(LAM)) {
            // لـ written apart: the tatweel is gone after normalising
            return new PhraseTable.Match<>(Lexicon.RangeRole.TO, k, k + 1, 0);
        }
        if (text.length() > 2 && text.charAt(0) == '\u0648') {
            return new PhraseTable.Match<>(Lexicon.RangeRole.AND, k, k, 0);
        }
        boolean lam = text.length() > 2 && text.startsWith(LAM) && lexicon.numbers.at(tokens, k) != null;
        return lam ? new PhraseTable.Match<>(Lexicon.RangeRole.TO, k, k, 0) : null;
    }

    @SafeVarargs
    private static <T> T first(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private static Draft draft(List<Token> tokens, int startToken, int start, int endToken, BigDecimal amount,
            BigDecimal min, BigDecimal max, Qualifier qualifier, PhraseTable.Match<CurrencyEntry> unit) {
        int unitStart = tokens.get(unit.start()).start() + unit.prefixLength();
        return new Draft(startToken, start, endToken, amount, min, max, qualifier, unit.value(), unitStart,
                tokens.get(unit.end() - 1).end(), null);
    }
}
