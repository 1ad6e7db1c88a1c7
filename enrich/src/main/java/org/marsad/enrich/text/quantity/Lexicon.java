package org.marsad.enrich.text.quantity;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.enrich.text.PercentUnit;
import org.marsad.enrich.text.Qualifier;
import org.marsad.text.ArabicNormalizer;

/**
 * All the word tables the extractor reads, loaded once from the bundled TSV resources and the user
 * directory; immutable after loading and shared across threads.
 */
final class Lexicon {

    /** The role of a range word. */
    enum RangeRole {
        /** Opens a range: بين, from. */
        OPEN,
        /** Joins the two ends after an opener only: و, and. */
        AND,
        /** Joins the two ends anywhere: -, to, إلى. */
        TO,
        /** Links a scale or multitude to its currency: من, of. */
        OF
    }

    /** A dated word: a year trigger, a relative day, a weekday or a time zone. */
    record DateWord(String kind, int value) {
    }

    /** A hedge phrase and the side of the amount it stands on. */
    record Hedge(Qualifier qualifier, Position position) {
    }

    /** A percent word: where it stands and what the number counts. */
    record PercentWord(Position position, PercentUnit unit) {
    }

    /** An informal amount ({@code a quarter}): its value in the main unit, its currency form, and whether it needs a money word. */
    record Informal(BigDecimal amount, CurrencyEntry currency, boolean needsContext) {
    }

    /** A country or outlet word that settles which currency of a family is meant. */
    record ContextHint(String unit, String iso) {
    }

    final PhraseTable<NumberWord> numbers = new PhraseTable<>();
    final PhraseTable<CurrencyEntry> currencies = new PhraseTable<>();
    final PhraseTable<Hedge> qualifiers = new PhraseTable<>();
    final PhraseTable<RangeRole> rangeWords = new PhraseTable<>();
    final PhraseTable<RangeRole> linkWords = new PhraseTable<>();
    final PhraseTable<PercentWord> percentWords = new PhraseTable<>();
    final PhraseTable<Integer> months = new PhraseTable<>();
    final PhraseTable<DateWord> dateWords = new PhraseTable<>();
    final PhraseTable<ContextHint> context = new PhraseTable<>();
    final PhraseTable<Informal> informal = new PhraseTable<>();
    /** Words that make a sentence about money ({@code paid}, {@code cost}), for informal amounts. */
    final PhraseTable<Boolean> moneyWords = new PhraseTable<>();
    /** Words that end the subject between a hedging verb and its amount; the payload is the reason. */
    final PhraseTable<String> subjectBreaks = new PhraseTable<>();
    final String fingerprint;
    /** Every ISO code of a currency family ({@code riyal}: SAR, QAR, OMR...), from the currency and context tables. */
    private final Map<String, Set<String>> families = new HashMap<>();
    private final Clitics clitics;

    private Lexicon(Path userDir, MessageDigest digest) {
        List<String> prefixes = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read("clitics.tsv", userDir, digest)) {
            prefixes.add(ArabicNormalizer.normalizeToString(row.cell(0)));
        }
        prefixes.sort(Comparator.comparingInt(String::length).reversed());
        LexiconRows.loadNumbers(TsvTable.read("numbers.tsv", userDir, digest), numbers);
        LexiconRows.loadCurrencies(TsvTable.read("iso_codes.tsv", userDir, digest), currencies, true, families);
        LexiconRows.loadCurrencies(TsvTable.read("currencies.tsv", userDir, digest), currencies, false, families);
        loadWordTables(userDir, digest);
        for (TsvTable.Row row : TsvTable.read("money_words.tsv", userDir, digest)) {
            moneyWords.putAliases(row.cell(0), Boolean.TRUE);
        }
        LexiconRows.loadInformal(TsvTable.read("informal_amounts.tsv", userDir, digest), currencies, informal);
        loadDateTables(userDir, digest);
        Map<String, Integer> flags = new HashMap<>();
        for (PhraseTable<?> table : List.of(numbers, currencies, percentWords, months, dateWords, informal)) {
            flag(flags, table, WordFlags.ANCHOR);
        }
        // first words of country and outlet words, so the currency evidence pass skips other tokens cheaply
        flag(flags, context, WordFlags.CONTEXT);
        flag(flags, informal, WordFlags.INFORMAL);
        for (PhraseTable<?> table : List.of(qualifiers, rangeWords, linkWords, subjectBreaks)) {
            flag(flags, table, WordFlags.STEM);
        }
        clitics = new Clitics(prefixes, new WordFlags(flags));
        fingerprint = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    private void loadWordTables(Path userDir, MessageDigest digest) {
        for (TsvTable.Row row : TsvTable.read("qualifiers.tsv", userDir, digest)) {
            qualifiers.putAliases(row.cell(0), new Hedge(LexiconRows.parseEnum(row, 1, Qualifier.class),
                    LexiconRows.parseEnum(row, 2, Position.class)));
        }
        for (TsvTable.Row row : TsvTable.read("range_words.tsv", userDir, digest)) {
            // من both opens a range and links a scale to its currency, so links live in a table of their own
            RangeRole role = LexiconRows.parseEnum(row, 1, RangeRole.class);
            (role == RangeRole.OF ? linkWords : rangeWords).putAliases(row.cell(0), role);
        }
        for (TsvTable.Row row : TsvTable.read("percent_words.tsv", userDir, digest)) {
            percentWords.putAliases(row.cell(0), new PercentWord(LexiconRows.parseEnum(row, 1, Position.class),
                    LexiconRows.parseEnum(row, 2, PercentUnit.class)));
        }
        for (TsvTable.Row row : TsvTable.read("subject_breaks.tsv", userDir, digest)) {
            subjectBreaks.putAliases(row.cell(0), row.cell(1));
        }
        for (TsvTable.Row row : TsvTable.read("currency_context.tsv", userDir, digest)) {
            String iso = row.cell(2).toUpperCase(Locale.ROOT);
            context.putAliases(row.cell(0), new ContextHint(row.cell(1), iso));
            families.computeIfAbsent(row.cell(1), k -> new HashSet<>()).add(iso);
        }
    }

    private void loadDateTables(Path userDir, MessageDigest digest) {
        for (TsvTable.Row row : TsvTable.read("months.tsv", userDir, digest)) {
            months.putAliases(row.cell(0), LexiconRows.parseInt(row, 1, 1, 12));
        }
        Set<String> kinds = Set.of(DateFinder.YEAR, DateFinder.RELATIVE, DateFinder.WEEKDAY, DateFinder.WEEKDAY_BEFORE,
                DateFinder.WEEKDAY_AFTER, DateFinder.NAMED_DAY, DateFinder.SUFFIX, DateFinder.ZONE);
        for (TsvTable.Row row : TsvTable.read("date_words.tsv", userDir, digest)) {
            if (!kinds.contains(row.cell(1))) {
                throw row.fail("column 2 must be one of " + kinds + ", got " + row.cell(1));
            }
            boolean weekday = row.cell(1).equals(DateFinder.WEEKDAY);
            int value = weekday ? LexiconRows.parseInt(row, 2, 1, 7) : LexiconRows.parseInt(row, 2, -7, 7);
            dateWords.putAliases(row.cell(0), new DateWord(row.cell(1), value));
        }
    }

    /**
     * True when a money, percent or date mention can start at token {@code i}: a bit the tokenizer set keeps
     * the scan fast over the many tokens that are plain words.
     */
    boolean isAnchor(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        return token.isNumber() || token.isSymbol('(') || token.starts(WordFlags.ANCHOR);
    }

    /** The country or outlet word starting at token {@code i}, or null; the token's flags rule most tokens out. */
    PhraseTable.Match<ContextHint> contextAt(List<Token> tokens, int i) {
        return tokens.get(i).starts(WordFlags.CONTEXT) ? context.at(tokens, i) : null;
    }

    /** The informal amount starting at token {@code i}, or null; the token's flags rule most tokens out. */
    PhraseTable.Match<Informal> informalAt(List<Token> tokens, int i) {
        return tokens.get(i).starts(WordFlags.INFORMAL) ? informal.at(tokens, i) : null;
    }

    /** Marks the first words of {@code table} with {@code flag}; every table word is also a clitic stem. */
    private static void flag(Map<String, Integer> flags, PhraseTable<?> table, int flag) {
        for (String word : table.firstWords()) {
            flags.merge(word, flag | WordFlags.STEM, (a, b) -> a | b);
        }
    }

    /** The ISO codes of a currency family; empty for an unknown one. */
    Set<String> familyCodes(String unit) {
        return families.getOrDefault(unit, Set.of());
    }

    /** Tokens of normalised text with their clitic cuts. */
    List<Token> tokenize(String normalized) {
        return clitics.tokenize(normalized);
    }

    static Lexicon load(Path userDir) {
        try {
            return new Lexicon(userDir, MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
