package org.marsad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One article as ingested: the value of {@code marsad.articles.raw}, keyed by {@link #id()}.
 *
 * @param schemaVersion wire schema version; readers accept every version up to {@link #SCHEMA_VERSION}
 * @param id stable article id (see README: SHA-256 of the canonical URL, or of title and body)
 * @param url canonical URL, null when unknown
 * @param source publisher name (from the {@code المصدر:} line, the feed title or the push request)
 * @param feed feed URL or file the article came from, null for pushed articles
 * @param title title, cleaned
 * @param body body text, cleaned: paragraphs separated by a blank line
 * @param language {@code ar}, {@code en} or {@code und}; detected when the source gave none
 * @param publishedAt publication instant, null when unknown
 * @param fetchedAt when ingest read the article
 * @param author author, null when unknown
 * @param keywords keywords, never null
 * @param relatedTo id of the article this one was appended to ({@code إقرأ أيضاً}), else null
 * @param sourceCountry ISO 3166-1 alpha-2 code of the source's country (set per feed or per push token), upper
 *     case, else null; the one place enrich learns where the source is (it settles a shared currency such as
 *     {@code ريال}). Added after schema version 1 as an optional field: older records have none.
 * @param titleDerived true when the source gave no title and {@code title} was derived from the start of the
 *     body (the validation's {@code DerivedTitle} rule), else absent (null, never written as false). Added after
 *     schema version 1, optional: older records have none.
 */
public record RawArticle(
        int schemaVersion,
        String id,
        String url,
        String source,
        String feed,
        String title,
        String body,
        String language,
        Instant publishedAt,
        Instant fetchedAt,
        String author,
        List<String> keywords,
        String relatedTo,
        String sourceCountry,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean titleDerived) {

    /**
     * Version 2 (#18) names the fields added after version 1: {@code sourceCountry}, {@code titleDerived}. They
     * are optional in both versions (some version-1 writers wrote them); readers accept 1 and 2.
     */
    public static final int SCHEMA_VERSION = 2;

    public RawArticle {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        sourceCountry = CountryCodes.checked(sourceCountry, "sourceCountry");
        titleDerived = Boolean.TRUE.equals(titleDerived) ? Boolean.TRUE : null;
    }

    /** A record whose title came from its source, as every writer built before {@code titleDerived} existed. */
    public RawArticle(int schemaVersion, String id, String url, String source, String feed, String title, String body,
            String language, Instant publishedAt, Instant fetchedAt, String author, List<String> keywords,
            String relatedTo, String sourceCountry) {
        this(schemaVersion, id, url, source, feed, title, body, language, publishedAt, fetchedAt, author, keywords,
                relatedTo, sourceCountry, null);
    }

    /** A record without a source country, as every writer built before the field existed. */
    public RawArticle(int schemaVersion, String id, String url, String source, String feed, String title, String body,
            String language, Instant publishedAt, Instant fetchedAt, String author, List<String> keywords,
            String relatedTo) {
        this(schemaVersion, id, url, source, feed, title, body, language, publishedAt, fetchedAt, author, keywords,
                relatedTo, null, null);
    }

    /** A copy with another id and language; all else unchanged. */
    public RawArticle withIdAndLanguage(String newId, String newLanguage) {
        return new RawArticle(schemaVersion, Objects.requireNonNull(newId, "id"), url, source, feed, title, body,
                newLanguage, publishedAt, fetchedAt, author, keywords, relatedTo, sourceCountry, titleDerived);
    }

    /** A copy with {@code country} as its source country when it has none; else itself. */
    public RawArticle withSourceCountryIfAbsent(String country) {
        if (country == null || sourceCountry != null) {
            return this;
        }
        return new RawArticle(schemaVersion, id, url, source, feed, title, body, language, publishedAt, fetchedAt,
                author, keywords, relatedTo, country, titleDerived);
    }

    /** A copy whose title is {@code derived} from the body, flagged {@code titleDerived}; all else unchanged. */
    public RawArticle withDerivedTitle(String derived) {
        return new RawArticle(schemaVersion, id, url, source, feed, Objects.requireNonNull(derived, "title"), body,
                language, publishedAt, fetchedAt, author, keywords, relatedTo, sourceCountry, Boolean.TRUE);
    }
}
