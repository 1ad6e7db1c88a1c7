package org.marsad.enrich.text.quantity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds a date at a token: ISO {@code 2024-06-12}, day-month-year in either order and script
 * ({@code 12th, February 2025 GMT}, {@code Feb 12, 2025}, {@code 12 فبراير/شباط 2025}), month-year
 * ({@code يونيو/حزيران 2024}), a year after a year word ({@code عام 2015}, {@code in 2019}) and relative days
 * ({@code أمس الثلاثاء}, {@code tomorrow}) and weekdays ({@code last Thursday}, {@code يوم الخميس},
 * {@link WeekdayReader}) resolved against the publication day.
 *
 * <p>A bare number is never a date: it needs a month name, a year word or the ISO shape.
 */
final class DateFinder {

    static final String YEAR = "year";
    static final String RELATIVE = "relative";
    static final String WEEKDAY = "weekday";
    static final String WEEKDAY_BEFORE = "weekday_before";
    static final String WEEKDAY_AFTER = "weekday_after";
    static final String NAMED_DAY = "named_day";
    static final String SUFFIX = "suffix";
    static final String ZONE = "zone";
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    /** A date with its first token, start in the normalised text, the token after it and its ISO form. */
    record Found(int startToken, int start, int endToken, String iso) {
    }

    private final Lexicon lexicon;
    private final MonthReader months;
    private final WeekdayReader weekdays;

    DateFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.months = new MonthReader(lexicon);
        this.weekdays = new WeekdayReader(lexicon, months);
    }

    Found find(List<Token> tokens, int i, LocalDate published) {
        Token token = tokens.get(i);
        if (token.isNumber()) {
            Found iso = isoDate(tokens, i);
            return iso != null ? iso : months.dayFirst(tokens, i, published);
        }
        Found monthFirst = months.monthFirst(tokens, i, published);
        if (monthFirst != null) {
            return monthFirst;
        }
        PhraseTable.Match<Lexicon.DateWord> word = lexicon.dateWords.at(tokens, i);
        if (word == null) {
            return null;
        }
        if (word.value().kind().equals(YEAR)) {
            int year = year(tokens, word.end());
            return year < 0 ? null : new Found(word.end(), tokens.get(word.end()).start(), word.end() + 1,
                    String.valueOf(year));
        }
        if (!word.value().kind().equals(RELATIVE)) {
            return weekdays.read(tokens, i, word, published);
        }
        if (published == null) {
            return null;
        }
        int end = word.end();
        PhraseTable.Match<Lexicon.DateWord> weekday = lexicon.dateWords.at(tokens, end);
        if (weekday != null && weekday.value().kind().equals(WEEKDAY)) {
            end = weekday.end();
        }
        String iso = published.plusDays(word.value().value()).toString();
        return new Found(i, tokens.get(i).start() + word.prefixLength(), end, iso);
    }

    /** A four-digit year between 1900 and 2100 at {@code i}, else -1. */
    static int year(List<Token> tokens, int i) {
        if (i >= tokens.size() || tokens.get(i).plainDigits() != 4) {
            return -1;
        }
        int year = Integer.parseInt(tokens.get(i).text());
        return year >= MIN_YEAR && year <= MAX_YEAR ? year : -1;
    }

    private static Found isoDate(List<Token> tokens, int i) {
        if (i + 4 >= tokens.size() || year(tokens, i) < 0) {
            return null;
        }
        for (int k = i + 1; k <= i + 4; k++) {
            if (tokens.get(k).start() != tokens.get(k - 1).end()) {
                return null;
            }
        }
        Token month = tokens.get(i + 2);
        Token day = tokens.get(i + 4);
        if (!tokens.get(i + 1).isSymbol('-') || !tokens.get(i + 3).isSymbol('-') || month.plainDigits() != 2
                || day.plainDigits() != 2) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(year(tokens, i), Integer.parseInt(month.text()), Integer.parseInt(day.text()));
            return new Found(i, tokens.get(i).start(), i + 5, date.toString());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
