package org.marsad.enrich.text.quantity;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/** Turns table rows into lexicon entries, failing with the file and line on a bad value. */
final class LexiconRows {

    private static final String NONE = "-";

    private LexiconRows() {
    }

    /** numbers.tsv: form, value, kind, attach ({@code any} or {@code glued}). */
    static void loadNumbers(List<TsvTable.Row> rows, PhraseTable<NumberWord> table) {
        for (TsvTable.Row row : rows) {
            NumberWord.Kind kind = parseEnum(row, 2, NumberWord.Kind.class);
            String attach = row.cell(3);
            if (!attach.equals("any") && !attach.equals("glued")) {
                throw row.fail("attach must be any or glued, got " + attach);
            }
            table.putAliases(row.cell(0), new NumberWord(parseDecimal(row, 1), kind, attach.equals("glued")));
        }
    }

    /**
     * currencies.tsv: form, unit, iso ({@code -} when shared), fallback ({@code -} for none), factor, position;
     * iso_codes.tsv: code, name, which become capitals-only forms on either side of the number.
     */
    static void loadCurrencies(List<TsvTable.Row> rows, PhraseTable<CurrencyEntry> table, boolean isoCodes,
            Map<String, Set<String>> families) {
        for (TsvTable.Row row : rows) {
            if (isoCodes) {
                String code = row.cell(0);
                if (!code.matches("[A-Z]{3}")) {
                    throw row.fail("not an ISO 4217 code: " + code);
                }
                table.put(code, new CurrencyEntry(code, code, null, BigDecimal.ONE, Position.BOTH, true));
                continue;
            }
            String iso = code(row, 2);
            String fallback = code(row, 3);
            BigDecimal factor = parseDecimal(row, 4);
            Position position = parseEnum(row, 5, Position.class);
            table.putAliases(row.cell(0), new CurrencyEntry(row.cell(1), iso, fallback, factor, position, false));
            for (String code : new String[] {iso, fallback}) {
                if (code != null) {
                    families.computeIfAbsent(row.cell(1), k -> new HashSet<>()).add(code);
                }
            }
        }
    }

    /** informal_amounts.tsv: phrase, amount in units of a currency form, that form, whether a money word is needed. */
    static void loadInformal(List<TsvTable.Row> rows, PhraseTable<CurrencyEntry> currencies,
            PhraseTable<Lexicon.Informal> table) {
        for (TsvTable.Row row : rows) {
            List<Token> form = Tokenizer.tokenize(ArabicNormalizer.normalizeToString(row.cell(2)));
            PhraseTable.Match<CurrencyEntry> currency = form.isEmpty() ? null : currencies.at(form, 0);
            if (currency == null || currency.end() != form.size()) {
                throw row.fail("column 3 is not a form of currencies.tsv: " + row.cell(2));
            }
            String context = row.cell(3);
            if (!context.equals("yes") && !context.equals("no")) {
                throw row.fail("column 4 must be yes or no, got " + context);
            }
            BigDecimal amount = parseDecimal(row, 1).multiply(currency.value().factor());
            table.putAliases(row.cell(0), new Lexicon.Informal(amount, currency.value(), context.equals("yes")));
        }
    }

    private static String code(TsvTable.Row row, int column) {
        String value = row.cell(column);
        if (value.equals(NONE)) {
            return null;
        }
        if (!value.matches("[A-Z]{3}")) {
            throw row.fail("column " + (column + 1) + " must be an ISO 4217 code or -, got " + value);
        }
        return value;
    }

    static <E extends Enum<E>> E parseEnum(TsvTable.Row row, int column, Class<E> type) {
        try {
            return Enum.valueOf(type, row.cell(column).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.fail("column " + (column + 1) + " is not a " + type.getSimpleName() + ": " + row.cell(column));
        }
    }

    static BigDecimal parseDecimal(TsvTable.Row row, int column) {
        try {
            return new BigDecimal(row.cell(column));
        } catch (NumberFormatException e) {
            throw row.fail("column " + (column + 1) + " is not a number: " + row.cell(column));
        }
    }

    static int parseInt(TsvTable.Row row, int column, int min, int max) {
        try {
            int value = Integer.parseInt(row.cell(column));
            if (value < min || value > max) {
                throw row.fail("column " + (column + 1) + " must be in " + min + ".." + max + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw row.fail("column " + (column + 1) + " is not an integer: " + row.cell(column));
        }
    }
}
