package org.marsad.enrich.text.quantity;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
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

    /** A country or outlet word that settles which currency of a family is meant. */
    record ContextHint(String unit, String iso) {
    }

    final PhraseTable<NumberWord> numbers;
    final PhraseTable<CurrencyEntry> currencies;
    final PhraseTable<Hedge> qualifiers;
    final PhraseTable<RangeRole> rangeWords;
    final PhraseTable<RangeRole> linkWords;
    final PhraseTable<Position> percentWords;
    final PhraseTable<Integer> months;
    final PhraseTable<DateWord> dateWords;
    final PhraseTable<ContextHint> context;
    final String fingerprint;
    private final PhraseTable<Boolean> anchors;

    private Lexicon(Path userDir, MessageDigest digest) {
        List<String> clitics = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read("clitics.tsv", userDir, digest)) {
            clitics.add(ArabicNormalizer.normalizeToString(row.cell(0)));
        }
        clitics.sort(Comparator.comparingInt(String::length).reversed());
        numbers = new PhraseTable<>(clitics);
        currencies = new PhraseTable<>(clitics);
        qualifiers = new PhraseTable<>(clitics);
        rangeWords = new PhraseTable<>(clitics);
        linkWords = new PhraseTable<>(List.of());
        percentWords = new PhraseTable<>(clitics);
        months = new PhraseTable<>(clitics);
        dateWords = new PhraseTable<>(clitics);
        context = new PhraseTable<>(clitics);
        LexiconRows.loadNumbers(TsvTable.read("numbers.tsv", userDir, digest), numbers);
        LexiconRows.loadCurrencies(TsvTable.read("iso_codes.tsv", userDir, digest), currencies, true);
        LexiconRows.loadCurrencies(TsvTable.read("currencies.tsv", userDir, digest), currencies, false);
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
            percentWords.putAliases(row.cell(0), LexiconRows.parseEnum(row, 1, Position.class));
        }
        for (TsvTable.Row row : TsvTable.read("months.tsv", userDir, digest)) {
            months.putAliases(row.cell(0), LexiconRows.parseInt(row, 1, 1, 12));
        }
        for (TsvTable.Row row : TsvTable.read("date_words.tsv", userDir, digest)) {
            dateWords.putAliases(row.cell(0), new DateWord(row.cell(1), LexiconRows.parseInt(row, 2, -7, 7)));
        }
        for (TsvTable.Row row : TsvTable.read("currency_context.tsv", userDir, digest)) {
            context.putAliases(row.cell(0), new ContextHint(row.cell(1), row.cell(2).toUpperCase(Locale.ROOT)));
        }
        anchors = new PhraseTable<>(clitics);
        for (PhraseTable<?> table : List.of(numbers, currencies, percentWords, months, dateWords)) {
            table.firstWords().forEach(word -> anchors.put(word, Boolean.TRUE));
        }
        fingerprint = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    /**
     * True when a money, percent or date mention can start at token {@code i}: one hash look-up per clitic
     * reading keeps the scan fast over the many tokens that are plain words.
     */
    boolean isAnchor(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        return token.isNumber() || token.isSymbol('(') || anchors.at(tokens, i) != null;
    }

    static Lexicon load(Path userDir) {
        try {
            return new Lexicon(userDir, MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
