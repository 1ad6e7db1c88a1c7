package org.marsad.enrich.text.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.enrich.text.DateSpan;
import org.marsad.enrich.text.TextDocument;

/** Weekday rules that the date corpus cannot state: what is not a date, and the arithmetic at the week's edges. */
class WeekdayReaderTest {

    private static final QuantityExtractor EXTRACTOR = QuantityExtractor.load(null);
    /** A Wednesday. */
    private static final Instant PUBLISHED = Instant.parse("2025-02-12T10:00:00Z");
    private static final LocalDate WEDNESDAY = LocalDate.parse("2025-02-12");

    @Test
    void shouldCountPublicationDayWhenWeekdayIsBare() {
        assertEquals(WEDNESDAY, WeekdayReader.resolve(WEDNESDAY, 3, 0));
        assertEquals(LocalDate.parse("2025-02-06"), WeekdayReader.resolve(WEDNESDAY, 4, 0));
    }

    @Test
    void shouldGoBackAWeekWhenLastNamesPublicationWeekday() {
        assertEquals(LocalDate.parse("2025-02-05"), WeekdayReader.resolve(WEDNESDAY, 3, -1));
        assertEquals(LocalDate.parse("2025-02-11"), WeekdayReader.resolve(WEDNESDAY, 2, -1));
    }

    @Test
    void shouldGoForwardAWeekWhenNextNamesPublicationWeekday() {
        assertEquals(LocalDate.parse("2025-02-19"), WeekdayReader.resolve(WEDNESDAY, 3, 1));
        assertEquals(LocalDate.parse("2025-02-13"), WeekdayReader.resolve(WEDNESDAY, 4, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "صافح الرئيس الاثنين قبل بدء الجلسة.",
        "دخل الأحد عشر لاعبا إلى الملعب.",
        "أدى المصلون صلاة الجمعة في المسجد الكبير.",
        "Black Friday sales drew long queues.",
        "The Sunday Times published the letter.",
        "Crowds marched in memory of Bloody Sunday.",
    })
    void shouldFindNoDateWhenWeekdayNameIsNotADate(String sentence) {
        assertTrue(dates(sentence, PUBLISHED).isEmpty(), () -> sentence + ": " + dates(sentence, PUBLISHED));
    }

    @Test
    void shouldFindNoWeekdayDateWhenPublicationTimeIsUnknown() {
        assertTrue(dates("The minister spoke on Monday.", null).isEmpty());
        assertTrue(dates("اجتمع المجلس يوم الخميس الماضي.", null).isEmpty());
    }

    @Test
    void shouldLeaveFullDateToItselfWhenWeekdayPrecedesIt() {
        List<DateSpan> found = dates("اجتمع المجلس يوم الخميس 6 فبراير 2025 في القصر.", PUBLISHED);
        assertEquals(1, found.size(), found::toString);
        assertEquals("6 فبراير 2025", found.get(0).text());
        assertEquals("2025-02-06", found.get(0).iso());
    }

    private static List<DateSpan> dates(String sentence, Instant published) {
        return EXTRACTOR.extract(new TextDocument("", sentence, List.of(), "und", published, null), List.of()).dates();
    }
}
