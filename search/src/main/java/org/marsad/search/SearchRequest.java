package org.marsad.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * One search, as the HTTP API and {@code marsad search} take it. Every part is optional; null means no filter.
 *
 * @param q free text in the query syntax of Lucene's classic parser (words are ANDed, "quoted phrases")
 * @param from inclusive lower bound on the article time (publishedAt, else fetchedAt)
 * @param to exclusive upper bound on the article time
 * @param minPercent inclusive lower bound on one percentage of the article (unit PERCENT: {@code 12.5} is 12.5%)
 * @param maxPercent inclusive upper bound on that same percentage
 * @param sort {@code relevance} (default), {@code newest} or {@code oldest}
 * @param page zero-based page number
 * @param size hits per page, 1 to {@value #MAX_SIZE}
 */
public record SearchRequest(String q, String entity, String type, String currency, BigDecimal minAmount,
        BigDecimal maxAmount, BigDecimal minPercent, BigDecimal maxPercent, Instant from, Instant to, String lang, String source, String feed, String sort,
        int page, int size) {

    public static final int MAX_SIZE = 100;
    static final Set<String> PARAMETERS = Set.of("q", "entity", "type", "currency", "minAmount", "maxAmount",
            "minPercent", "maxPercent", "from", "to", "lang", "source", "feed", "sort", "page", "size");
    private static final Set<String> SORTS = Set.of("relevance", "newest", "oldest");
    private static final Set<String> TYPES = Set.of("PERSON", "ORG", "LOC", "MISC");

    public SearchRequest {
        sort = sort == null ? "relevance" : sort;
        check("sort", sort, SORTS.contains(sort), "must be relevance, newest or oldest");
        check("type", type, type == null || TYPES.contains(type), "must be PERSON, ORG, LOC or MISC");
        check("currency", currency, currency == null || currency.matches("[A-Z]{3}"),
                "must be an ISO 4217 code such as SAR");
        check("page", Integer.toString(page), page >= 0 && page <= 1000, "must be 0 to 1000");
        check("size", Integer.toString(size), size >= 1 && size <= MAX_SIZE, "must be 1 to " + MAX_SIZE);
        check("maxAmount", String.valueOf(maxAmount),
                minAmount == null || maxAmount == null || minAmount.compareTo(maxAmount) <= 0,
                "is below minAmount " + minAmount);
        check("maxPercent", String.valueOf(maxPercent),
                minPercent == null || maxPercent == null || minPercent.compareTo(maxPercent) <= 0,
                "is below minPercent " + minPercent);
        check("to", String.valueOf(to), from == null || to == null || from.isBefore(to), "is not after from " + from);
    }

    /** Parses query parameters (unknown ones are refused so a typo is not silently ignored). */
    public static SearchRequest fromParameters(Map<String, String> p) {
        for (String name : p.keySet()) {
            check(name, p.get(name), PARAMETERS.contains(name), "unknown parameter; known: " + PARAMETERS);
        }
        return new SearchRequest(blank(p.get("q")), blank(p.get("entity")), blank(p.get("type")),
                blank(p.get("currency")), number("minAmount", p.get("minAmount"), "1000000000 or 1e9"),
                number("maxAmount", p.get("maxAmount"), "1000000000 or 1e9"),
                number("minPercent", p.get("minPercent"), "12.5 for 12.5%"),
                number("maxPercent", p.get("maxPercent"), "12.5 for 12.5%"), instant("from", p.get("from")), instant("to", p.get("to")),
                blank(p.get("lang")), blank(p.get("source")), blank(p.get("feed")), blank(p.get("sort")),
                integer("page", p.get("page"), 0), integer("size", p.get("size"), 10));
    }

    /** A date {@code 2026-12-01} (midnight UTC) or an ISO-8601 instant {@code 2026-12-01T10:00:00Z}. */
    public static Instant instant(String name, String value) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, value, "not a date (2026-12-01) or instant (2026-12-01T10:00:00Z)");
        }
    }

    private static BigDecimal number(String name, String value, String example) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, value, "not a number (" + example + ")");
        }
    }

    private static int integer(String name, String value, int absent) {
        if (blank(value) == null) {
            return absent;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, value, "not an integer");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void check(String name, String value, boolean ok, String reason) {
        if (!ok) {
            throw new BadParameterException(name, value, reason);
        }
    }
}
