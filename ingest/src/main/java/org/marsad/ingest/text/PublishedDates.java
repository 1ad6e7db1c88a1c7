package org.marsad.ingest.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication dates that feeds and scraped pages really carry into instants.
 *
 * <ul>
 *   <li>ISO 8601 / W3C: {@code 2025-02-12T10:30:00+03:00}, {@code 2025-02-12 10:30}, {@code 2025-02-12}</li>
 *   <li>RFC 822 and its variants: optional weekday, one-digit day, two-digit year, full month names,
 *       missing seconds, zone as {@code GMT}, {@code UT}, a US zone name, {@code +0300} or {@code +03:00}</li>
 *   <li>English long dates of scraped pages: {@code 12th, February 2025 GMT}, {@code February 12, 2025}</li>
 * </ul>
 *
 * <p>A date without a time zone is taken as UTC; a date without a time is midnight. Anything else gives
 * null: an unknown date never rejects the article.
 */
public final class PublishedDates {

    private static final Pattern WEEKDAY = Pattern.compile("^(?i)(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s*");
    private static final Pattern ORDINAL = Pattern.compile("(?i)(\\d{1,2})(st|nd|rd|th)\\b");
    private static final Pattern ZONE = Pattern.compile(
            "(?i)\\s*(?:(gmt|utc|ut|z|[ecmp][sd]t)|(?:gmt|utc)?([+-]\\d{1,2})(?::?(\\d{2}))?)$");
    private static final Pattern ISO_SPACE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d)");
    private static final Pattern ISO_COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Map<String, Integer> US_ZONES = Map.of(
            "est", -5, "edt", -4, "cst", -6, "cdt", -5, "mst", -7, "mdt", -6, "pst", -8, "pdt", -7);
    private static final List<DateTimeFormatter> TEXT_FORMATS = List.of(
            textFormat("d MMM yyyy"), textFormat("d MMMM yyyy"), textFormat("MMM d yyyy"),
            textFormat("MMMM d yyyy"), textFormat("d MMM yy"), textFormat("d MMMM yy"));

    private PublishedDates() {
    }

    /** The instant {@code text} names, or null when it is empty or in no known format. */
    public static Instant parseOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        Instant iso = parseIso(trimmed);
        return iso != null ? iso : parseText(trimmed);
    }

    private static Instant parseIso(String text) {
        if (text.length() < 10 || !Character.isDigit(text.charAt(0)) || text.charAt(4) != '-') {
            return null;
        }
        String iso = ISO_COMPACT_OFFSET.matcher(ISO_SPACE.matcher(text).replaceFirst("$1T$2")).replaceFirst("$1:$2");
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(iso, OffsetDateTime::from,
                    LocalDateTime::from);
            return parsed instanceof OffsetDateTime odt ? odt.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return parseIsoDate(iso);
        }
    }

    private static Instant parseIsoDate(String iso) {
        try {
            return LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant parseText(String text) {
        String cleaned = ORDINAL.matcher(WEEKDAY.matcher(text).replaceFirst("")).replaceAll("$1")
                .replace(',', ' ').replaceAll("\\s+", " ").strip();
        ZoneOffset offset = ZoneOffset.UTC;
        Matcher zone = ZONE.matcher(cleaned);
        if (zone.find() && zone.start() > 0) {
            offset = offset(zone);
            if (offset == null) {
                return null;
            }
            cleaned = cleaned.substring(0, zone.start()).strip();
        }
        for (DateTimeFormatter format : TEXT_FORMATS) {
            try {
                TemporalAccessor parsed = format.parseBest(cleaned, LocalDateTime::from, LocalDate::from);
                LocalDateTime local = parsed instanceof LocalDateTime ldt ? ldt : ((LocalDate) parsed).atStartOfDay();
                return local.toInstant(offset);
            } catch (DateTimeParseException e) {
                continue;
            }
        }
        return null;
    }

    private static ZoneOffset offset(Matcher zone) {
        if (zone.group(1) != null) {
            Integer hours = US_ZONES.get(zone.group(1).toLowerCase(Locale.ROOT));
            return ZoneOffset.ofHours(hours == null ? 0 : hours);
        }
        int hours = Integer.parseInt(zone.group(2));
        int minutes = zone.group(3) == null ? 0 : Integer.parseInt(zone.group(3));
        if (Math.abs(hours) > 14 || minutes > 59) {
            return null;
        }
        return ZoneOffset.ofHoursMinutes(hours, hours < 0 ? -minutes : minutes);
    }

    private static DateTimeFormatter textFormat(String datePattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendPattern(datePattern + "[ H:mm[:ss]]").toFormatter(Locale.ENGLISH);
    }
}
