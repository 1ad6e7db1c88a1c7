package org.marsad.sink;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.marsad.model.EnrichedArticle;
import org.marsad.model.EntityMention;
import org.marsad.model.IndexDocument;
import org.marsad.model.MoneyMention;
import org.marsad.model.PercentageMention;
import org.marsad.model.IndexDocument.AmountFacet;
import org.marsad.model.IndexDocument.EntityFacet;
import org.marsad.model.IndexDocument.PercentFacet;

/**
 * Builds the search-ready document of an enriched article: the text fields plus facets, each entity once
 * (by id, or by canonical name when unlisted) with its mention count, and each distinct amount once, in order
 * of first mention.
 */
public final class IndexDocumentMapper {

    private IndexDocumentMapper() {
    }

    public static IndexDocument from(EnrichedArticle article) {
        return new IndexDocument(IndexDocument.SCHEMA_VERSION, article.id(), article.url(), article.source(),
                article.title(), article.body(), article.language(), article.keywords(), article.relatedTo(),
                article.publishedAt(), article.enrichedAt(), article.enricherVersion(),
                facets(article.entities(), "PERSON"), facets(article.entities(), "ORG"),
                facets(article.entities(), "LOC"), facets(article.entities(), "MISC"),
                amounts(article),
                List.copyOf(new LinkedHashSet<>(article.dates().stream().map(d -> d.iso()).toList())),
                article.rawPartition(), article.rawOffset(), article.feed(), article.fetchedAt(),
                percentages(article));
    }

    /** Each distinct percentage once, in order of first mention. */
    private static List<PercentFacet> percentages(EnrichedArticle article) {
        Map<List<String>, PercentFacet> distinct = new LinkedHashMap<>();
        for (PercentageMention p : article.percentages()) {
            distinct.putIfAbsent(Arrays.asList(p.value(), p.qualifier(), p.min(), p.max(), p.unit()),
                    new PercentFacet(p.value(), p.qualifier(), p.min(), p.max(), p.unit(), p.text()));
        }
        return new ArrayList<>(distinct.values());
    }

    /** Each distinct value once (a title usually repeats the body's headline amount), in order of first mention. */
    private static List<AmountFacet> amounts(EnrichedArticle article) {
        Map<List<String>, AmountFacet> distinct = new LinkedHashMap<>();
        for (MoneyMention m : article.money()) {
            distinct.putIfAbsent(Arrays.asList(m.amount(), m.currency(), m.qualifier(), m.min(), m.max()),
                    new AmountFacet(m.amount(), m.currency(), m.qualifier(), m.min(), m.max(), m.text(),
                            m.currencyBasis()));
        }
        return new ArrayList<>(distinct.values());
    }

    private static List<EntityFacet> facets(List<EntityMention> mentions, String type) {
        Map<String, EntityFacet> byKey = new LinkedHashMap<>();
        for (EntityMention mention : mentions) {
            if (!type.equals(mention.type())) {
                continue;
            }
            String key = mention.id() != null ? mention.id() : "name:" + mention.canonical();
            EntityFacet seen = byKey.get(key);
            byKey.put(key, seen == null
                    ? new EntityFacet(mention.id(), mention.canonical(), 1)
                    : new EntityFacet(seen.id(), seen.name(), seen.mentions() + 1));
        }
        return new ArrayList<>(byKey.values());
    }
}
