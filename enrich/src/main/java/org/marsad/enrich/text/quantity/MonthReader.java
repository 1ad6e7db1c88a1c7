package org.marsad.enrich.text.quantity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Reads dates built around a month name, day first ({@code 12 فبراير/شباط 2025}, {@code 12th, February 2025})
 * or month first ({@code Feb 12, 2025}, {@code يونيو/حزيران 2024}). A paired name in the other series after a
 * slash or in brackets is part of the date. English month names count only when capitalised, so the verb
 * {@code may} never becomes May, and only English puts the day after the month.
 */
final class MonthReader {

    private final Lexicon lexicon;

    MonthReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    DateFinder.Found dayFirst(List<Token> tokens, int i, LocalDate published) {
        int day = day(tokens, i);
        if (day < 0) {
            return null;
        }
        int j = skipSuffixAndComma(tokens, i + 1);
        int[] month = month(tokens, j);
        if (month == null) {
            return null;
        }
        j = skip(tokens, month[1], ',');
        int year = DateFinder.year(tokens, j);
        int end = year < 0 ? month[1] : zone(tokens, j + 1);
        String iso = iso(year < 0 ? publishedYear(published) : year, month[0], day);
        return iso == null ? null : new DateFinder.Found(i, tokens.get(i).start(), end, iso);
    }

    DateFinder.Found monthFirst(List<Token> tokens, int i, LocalDate published) {
        int[] month = month(tokens, i);
        if (month == null) {
            return null;
        }
        int start = tokens.get(i).start() + month[2];
        int year = DateFinder.year(tokens, month[1]);
        if (year >= 0) {
            return new DateFinder.Found(i, start, month[1] + 1, YearMonth.of(year, month[0]).toString());
        }
        int day = day(tokens, month[1]);
        if (day < 0 || !isLatin(tokens.get(i))) {
            // Arabic writes the day first; an Arabic month name before a number is more often the verb مارس
            return null;
        }
        int j = skipSuffixAndComma(tokens, month[1] + 1);
        year = DateFinder.year(tokens, j);
        int end = year < 0 ? month[1] + 1 : zone(tokens, j + 1);
        String iso = iso(year < 0 ? publishedYear(published) : year, month[0], day);
        return iso == null ? null : new DateFinder.Found(i, start, end, iso);
    }

    /** The month number, the token after the name (and its paired name) and the clitic length, or null. */
    private int[] month(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        PhraseTable.Match<Integer> name = lexicon.months.at(tokens, i);
        if (name == null || (isLatin(tokens.get(i)) && !tokens.get(i).capital())) {
            return null;
        }
        int end = skip(tokens, name.end(), '.');
        if (end < tokens.size() && (tokens.get(end).isSymbol('/') || tokens.get(end).isSymbol('('))) {
            PhraseTable.Match<Integer> pair = lexicon.months.at(tokens, end + 1);
            if (pair != null && pair.value().equals(name.value())) {
                end = skip(tokens, pair.end(), ')');
            }
        }
        return new int[] {name.value(), end, name.prefixLength()};
    }

    private int skipSuffixAndComma(List<Token> tokens, int j) {
        if (j < tokens.size() && tokens.get(j).start() == tokens.get(j - 1).end()) {
            PhraseTable.Match<Lexicon.DateWord> suffix = lexicon.dateWords.at(tokens, j);
            if (suffix != null && suffix.value().kind().equals(DateFinder.SUFFIX)) {
                j = suffix.end();
            }
        }
        return skip(tokens, j, ',');
    }

    private int zone(List<Token> tokens, int j) {
        PhraseTable.Match<Lexicon.DateWord> zone = j < tokens.size() ? lexicon.dateWords.at(tokens, j) : null;
        return zone != null && zone.value().kind().equals(DateFinder.ZONE) ? zone.end() : j;
    }

    private static int day(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return -1;
        }
        int digits = tokens.get(i).plainDigits();
        if (digits < 1 || digits > 2) {
            return -1;
        }
        int day = Integer.parseInt(tokens.get(i).text());
        return day >= 1 && day <= 31 ? day : -1;
    }

    private static int skip(List<Token> tokens, int j, char symbol) {
        return j < tokens.size() && tokens.get(j).isSymbol(symbol) ? j + 1 : j;
    }

    static boolean isLatin(Token token) {
        char c = token.text().charAt(0);
        return c >= 'a' && c <= 'z';
    }

    private static int publishedYear(LocalDate published) {
        return published == null ? -1 : published.getYear();
    }

    /** {@code YYYY-MM-DD}, {@code --MM-DD} when the year is unknown, or null for an impossible day. */
    private static String iso(int year, int month, int day) {
        try {
            LocalDate date = LocalDate.of(year < 0 ? 2000 : year, month, day);
            return year < 0 ? String.format("--%02d-%02d", month, day) : date.toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
