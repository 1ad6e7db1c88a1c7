package org.marsad.model;

import java.time.Instant;
import java.util.List;

/**
 * The value of the compacted {@code marsad.articles.index}: one search-ready document per article id.
 *
 * @param people distinct people, by id (or by name for unlisted ones), in order of first mention
 * @param organisations distinct organisations, likewise
 * @param places distinct places, likewise
 * @param other distinct other proper names (events, products, laws), likewise
 * @param amounts each distinct monetary value (amount, currency, qualifier, bounds), in order of first mention
 * @param dates distinct ISO dates, in order of first mention
 * @param rawPartition partition of the raw record the document was built from (the sink's ordering key)
 * @param rawOffset offset of the raw record the document was built from
 * @param feed feed URL or file the article came from, null for pushed articles; added after schema version 1,
 *     optional
 * @param fetchedAt when ingest read the article; added after schema version 1, optional
 * @param percentages each distinct percentage, in order of first mention; added after schema version 1,
 *     optional (absent reads as empty)
 */
public record IndexDocument(
        int schemaVersion,
        String id,
        String url,
        String source,
        String title,
        String body,
        String language,
        List<String> keywords,
        String relatedTo,
        Instant publishedAt,
        Instant enrichedAt,
        String enricherVersion,
        List<EntityFacet> people,
        List<EntityFacet> organisations,
        List<EntityFacet> places,
        List<EntityFacet> other,
        List<AmountFacet> amounts,
        List<String> dates,
        int rawPartition,
        long rawOffset,
        String feed,
        Instant fetchedAt,
        List<PercentFacet> percentages) {

    /**
     * Version 2 (#18) names the fields added after version 1: {@code feed}, {@code fetchedAt},
     * {@code percentages}, {@code AmountFacet.currencyBasis}. They are optional in both versions (some version-1
     * writers wrote them); readers accept 1 and 2.
     */
    public static final int SCHEMA_VERSION = 2;

    public IndexDocument {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        people = people == null ? List.of() : List.copyOf(people);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        places = places == null ? List.of() : List.copyOf(places);
        other = other == null ? List.of() : List.copyOf(other);
        amounts = amounts == null ? List.of() : List.copyOf(amounts);
        dates = dates == null ? List.of() : List.copyOf(dates);
        percentages = percentages == null ? List.of() : List.copyOf(percentages);
    }

    /** A document without the fields added after schema version 1, as the sink wrote before them. */
    public IndexDocument(int schemaVersion, String id, String url, String source, String title, String body,
            String language, List<String> keywords, String relatedTo, Instant publishedAt, Instant enrichedAt,
            String enricherVersion, List<EntityFacet> people, List<EntityFacet> organisations,
            List<EntityFacet> places, List<EntityFacet> other, List<AmountFacet> amounts, List<String> dates,
            int rawPartition, long rawOffset) {
        this(schemaVersion, id, url, source, title, body, language, keywords, relatedTo, publishedAt, enrichedAt,
                enricherVersion, people, organisations, places, other, amounts, dates, rawPartition, rawOffset,
                null, null, null);
    }

    /**
     * One entity facet.
     *
     * @param id entity id, null for unlisted entities
     * @param name canonical name
     * @param mentions how many times the article mentions it
     */
    public record EntityFacet(String id, String name, int mentions) {
    }

    /**
     * One monetary value: amount (or min/max for a range) with currency and qualifier.
     *
     * @param currencyBasis how the currency was settled, as in {@link MoneyMention#currencyBasis()}; added after
     *     schema version 1 as an optional field
     */
    public record AmountFacet(
            String amount, String currency, String qualifier, String min, String max, String text, String currencyBasis) {

        /** A facet without a currency basis, as written before the field existed. */
        public AmountFacet(String amount, String currency, String qualifier, String min, String max, String text) {
            this(amount, currency, qualifier, min, max, text, null);
        }
    }

    /**
     * One percentage value; added after schema version 1.
     *
     * @param value the number as a plain decimal string, null for a range
     * @param unit {@code PERCENT}, {@code PERCENTAGE_POINT} or {@code BASIS_POINT}; null means {@code PERCENT}
     */
    public record PercentFacet(String value, String qualifier, String min, String max, String unit, String text) {
    }
}
