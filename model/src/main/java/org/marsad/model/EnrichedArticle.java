package org.marsad.model;

import java.time.Instant;
import java.util.List;

/**
 * The value of {@code marsad.articles.enriched}: the raw article's fields plus what the tagger found.
 *
 * @param enrichedAt when the enrich stage produced this record
 * @param enricherVersion Marsad version plus a short hash of the loaded gazetteers and tables
 * @param rawPartition partition of the raw record this came from
 * @param rawOffset offset of the raw record this came from
 * @param tags the keywords as tags: a keyword line scraped without separators split into its tags by enrich's
 *     lexicons, other keywords as they are (#17). Added after schema version 1, optional: older records have
 *     none, read as empty.
 */
public record EnrichedArticle(
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
        List<EntityMention> entities,
        List<MoneyMention> money,
        List<PercentageMention> percentages,
        List<DateMention> dates,
        Instant enrichedAt,
        String enricherVersion,
        int rawPartition,
        long rawOffset,
        List<String> tags) {

    /**
     * Version 2 (#18) names the fields added after version 1: {@code tags}, {@code EntityMention.country},
     * {@code MoneyMention.currencyBasis}, {@code PercentageMention.unit}. They are optional in both versions
     * (some version-1 writers wrote them); readers accept 1 and 2.
     */
    public static final int SCHEMA_VERSION = 2;

    public EnrichedArticle {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        entities = entities == null ? List.of() : List.copyOf(entities);
        money = money == null ? List.of() : List.copyOf(money);
        percentages = percentages == null ? List.of() : List.copyOf(percentages);
        dates = dates == null ? List.of() : List.copyOf(dates);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A record without tags, as every writer built before the field existed. */
    public EnrichedArticle(int schemaVersion, String id, String url, String source, String feed, String title,
            String body, String language, Instant publishedAt, Instant fetchedAt, String author, List<String> keywords,
            String relatedTo, List<EntityMention> entities, List<MoneyMention> money,
            List<PercentageMention> percentages, List<DateMention> dates, Instant enrichedAt, String enricherVersion,
            int rawPartition, long rawOffset) {
        this(schemaVersion, id, url, source, feed, title, body, language, publishedAt, fetchedAt, author, keywords,
                relatedTo, entities, money, percentages, dates, enrichedAt, enricherVersion, rawPartition, rawOffset,
                null);
    }
}
