package org.marsad.enrich.text;

import java.time.Instant;
import java.util.List;

/**
 * What the taggers read: an article's text fields plus the context that disambiguates them.
 *
 * @param title title, may be empty, never null
 * @param body body, may be empty, never null
 * @param keywords keywords, never null
 * @param language {@code ar}, {@code en} or {@code und}
 * @param publishedAt publication instant, null when unknown (relative dates then stay unresolved)
 * @param source publisher name, null when unknown (may settle an ambiguous currency)
 * @param sourceCountry ISO 3166-1 alpha-2 code of the publisher's country, null when unknown (may settle an
 *     ambiguous currency)
 * @param url the article's address, null when unknown (its country-code domain may settle an ambiguous currency)
 */
public record TextDocument(
        String title, String body, List<String> keywords, String language, Instant publishedAt, String source,
        String sourceCountry, String url) {

    public TextDocument {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        language = language == null ? "und" : language;
    }

    /** A document whose source country and address are unknown. */
    public TextDocument(String title, String body, List<String> keywords, String language, Instant publishedAt,
            String source) {
        this(title, body, keywords, language, publishedAt, source, null, null);
    }

    /** A document with a body only, for tests and tools. */
    public static TextDocument ofBody(String body) {
        return new TextDocument("", body, List.of(), "und", null, null, null, null);
    }

    /** The text of {@code field}; for {@link Field#KEYWORDS} the keyword at {@code index}. */
    public String text(Field field, int index) {
        return switch (field) {
            case TITLE -> title;
            case BODY -> body;
            case KEYWORDS -> keywords.get(index);
        };
    }
}
