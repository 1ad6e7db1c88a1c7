package org.marsad.enrich.text.quantity;

import java.time.LocalDate;
import java.util.List;

/**
 * Resolves a named weekday against the publication day: {@code on Monday}, {@code last Thursday},
 * {@code يوم الخميس}, {@code الخميس الماضي}, {@code يوم الإثنين المقبل}.
 *
 * <ul>
 *   <li>A bare weekday is the most recent such day on or before publication, the same day included: news
 *       mostly reports what has happened, and the tense that would tell is not read.
 *   <li>{@code last}/{@code الماضي} is strictly before publication, {@code next}/{@code المقبل}/{@code القادم}
 *       strictly after; a cue after the name wins over one before it ({@code يوم الخميس الماضي}).
 *   <li>An English name counts only capitalised; an Arabic name only with a cue before or after it, since
 *       {@code الأحد}, {@code الاثنين} and {@code الجمعة} are also "the one", "the two" and Friday prayers.
 *   <li>Named days ({@code Black Friday}, {@code Sunday Times}) are not dates, and a weekday followed by a full
 *       date ({@code Monday, Feb 10}) is left for that date to be read on its own.
 * </ul>
 */
final class WeekdayReader {

    private static final int DAYS_IN_WEEK = 7;

    private final Lexicon lexicon;
    private final MonthReader months;

    WeekdayReader(Lexicon lexicon, MonthReader months) {
        this.lexicon = lexicon;
        this.months = months;
    }

    /** A weekday date starting at {@code word}, a cue or the weekday name at token {@code i}, else null. */
    DateFinder.Found read(List<Token> tokens, int i, PhraseTable.Match<Lexicon.DateWord> word, LocalDate published) {
        PhraseTable.Match<Lexicon.DateWord> cue = is(word, DateFinder.WEEKDAY_BEFORE) ? word : null;
        PhraseTable.Match<Lexicon.DateWord> name = cue == null ? word : lexicon.dateWords.at(tokens, cue.end());
        if (published == null || !is(name, DateFinder.WEEKDAY) || isNamedDay(tokens, name)) {
            return null;
        }
        Token first = tokens.get(name.start());
        boolean latin = MonthReader.isLatin(first);
        PhraseTable.Match<Lexicon.DateWord> after = lexicon.dateWords.at(tokens, name.end());
        after = is(after, DateFinder.WEEKDAY_AFTER) ? after : null;
        if ((latin && !first.capital()) || (!latin && cue == null && after == null)) {
            return null;
        }
        int end = after == null ? name.end() : after.end();
        if (followedByDate(tokens, end, published)) {
            return null;
        }
        int direction = after != null ? after.value().value() : cue != null ? cue.value().value() : 0;
        LocalDate day = resolve(published, name.value().value(), direction);
        return new DateFinder.Found(i, tokens.get(i).start() + word.prefixLength(), end, day.toString());
    }

    /** The weekday {@code isoDay} nearest the publication day in {@code direction} (see the class comment). */
    static LocalDate resolve(LocalDate published, int isoDay, int direction) {
        int today = published.getDayOfWeek().getValue();
        if (direction > 0) {
            int ahead = Math.floorMod(isoDay - today, DAYS_IN_WEEK);
            return published.plusDays(ahead == 0 ? DAYS_IN_WEEK : ahead);
        }
        int back = Math.floorMod(today - isoDay, DAYS_IN_WEEK);
        return published.minusDays(back == 0 && direction < 0 ? DAYS_IN_WEEK : back);
    }

    private boolean isNamedDay(List<Token> tokens, PhraseTable.Match<Lexicon.DateWord> name) {
        return is(lexicon.dateWords.at(tokens, name.start()), DateFinder.NAMED_DAY)
                || is(lexicon.dateWords.endingAt(tokens, name.end()), DateFinder.NAMED_DAY);
    }

    private boolean followedByDate(List<Token> tokens, int j, LocalDate published) {
        int k = j < tokens.size() && (tokens.get(j).isSymbol(',') || tokens.get(j).isSymbol('(')) ? j + 1 : j;
        return k < tokens.size() && (months.dayFirst(tokens, k, published) != null
                || months.monthFirst(tokens, k, published) != null);
    }

    private static boolean is(PhraseTable.Match<Lexicon.DateWord> word, String kind) {
        return word != null && word.value().kind().equals(kind);
    }
}
