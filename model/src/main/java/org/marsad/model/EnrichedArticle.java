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
        long rawOffset) {

    public static final int SCHEMA_VERSION = 1;

    public EnrichedArticle {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        entities = entities == null ? List.of() : List.copyOf(entities);
        money = money == null ? List.of() : List.copyOf(money);
        percentages = percentages == null ? List.of() : List.copyOf(percentages);
        dates = dates == null ? List.of() : List.copyOf(dates);
    }
}
