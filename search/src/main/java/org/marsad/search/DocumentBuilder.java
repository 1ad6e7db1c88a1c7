package org.marsad.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.marsad.model.IndexDocument;
import org.marsad.model.IndexDocument.AmountFacet;
import org.marsad.model.IndexDocument.EntityFacet;
import org.marsad.model.Json;
import org.marsad.search.analysis.SearchAnalyzers;

/** Turns an {@link IndexDocument} into the Lucene document of the search index (fields: {@link SearchFields}). */
final class DocumentBuilder {

    /** Stored and indexed with offsets, so the highlighter finds matches without re-analysing the text. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final FacetsConfig facets = SearchFields.facetsConfig();

    Document build(IndexDocument doc) throws IOException {
        Document out = new Document();
        out.add(new StringField(SearchFields.ID, doc.id(), Field.Store.YES));
        out.add(new StoredField(SearchFields.JSON, json(doc)));
        String lang = SearchAnalyzers.languageSuffix(doc.language());
        out.add(new Field(SearchFields.TITLE + lang, nullToEmpty(doc.title()), TEXT_WITH_OFFSETS));
        out.add(new Field(SearchFields.BODY + lang, nullToEmpty(doc.body()), TEXT_WITH_OFFSETS));
        entities(doc).forEach(e -> addEntity(out, e));
        Stream.of("PERSON", "ORG", "LOC", "MISC").filter(t -> !entitiesOf(doc, t).isEmpty())
                .forEach(t -> out.add(new StringField(SearchFields.TYPE, t, Field.Store.NO)));
        Set<String> currencies = new LinkedHashSet<>();
        for (AmountFacet amount : doc.amounts()) {
            addAmount(out, amount, currencies);
        }
        currencies.forEach(c -> {
            out.add(new StringField(SearchFields.CURRENCY, c, Field.Store.NO));
            out.add(new SortedSetDocValuesFacetField(SearchFields.CURRENCY, c));
        });
        // Only levels in percent: "2 percentage points" or "50 basis points" is a change, not a share, and a
        // minPercent filter compares shares.
        doc.percentages().stream().filter(p -> p.unit() == null || p.unit().equals("PERCENT"))
                .forEach(p -> Stream.of(p.value(), p.min(), p.max()).filter(v -> v != null)
                        .forEach(v -> out.add(new DoublePoint(SearchFields.PERCENT, new BigDecimal(v).doubleValue()))));
        doc.dates().forEach(d -> out.add(new StringField(SearchFields.DATE, d, Field.Store.NO)));
        keyword(out, SearchFields.SOURCE, doc.source(), true);
        keyword(out, SearchFields.FEED, doc.feed(), false);
        keyword(out, SearchFields.LANGUAGE, doc.language(), true);
        long time = time(doc).toEpochMilli();
        out.add(new LongPoint(SearchFields.TIME, time));
        out.add(new NumericDocValuesField(SearchFields.TIME, time));
        if (doc.fetchedAt() != null) {
            out.add(new LongPoint(SearchFields.FETCHED, doc.fetchedAt().toEpochMilli()));
        }
        return facets.build(out);
    }

    /** The instant the date filters and sort use: publication, else ingest, else enrichment. */
    static Instant time(IndexDocument doc) {
        return doc.publishedAt() != null ? doc.publishedAt()
                : doc.fetchedAt() != null ? doc.fetchedAt() : doc.enrichedAt();
    }

    private static void addEntity(Document out, EntityFacet entity) {
        String key = entity.id() != null ? entity.id() : entity.name();
        if (key == null || key.isEmpty()) {
            return;
        }
        out.add(new StringField(SearchFields.ENTITY, key, Field.Store.NO));
        out.add(new SortedSetDocValuesFacetField(SearchFields.ENTITY, key));
        if (entity.name() != null) {
            out.add(new TextField(SearchFields.NAMES, entity.name(), Field.Store.NO));
        }
    }

    private static void addAmount(Document out, AmountFacet amount, Set<String> currencies) {
        if (amount.currency() != null) {
            currencies.add(amount.currency());
        }
        for (String value : new String[] {amount.amount(), amount.min(), amount.max()}) {
            if (value == null) {
                continue;
            }
            double number = new BigDecimal(value).doubleValue();
            out.add(new DoublePoint(SearchFields.AMOUNT, number));
            if (amount.currency() != null) {
                out.add(new DoublePoint(SearchFields.amountField(amount.currency()), number));
            }
        }
    }

    private static void keyword(Document out, String field, String value, boolean facet) {
        if (value == null || value.isEmpty()) {
            return;
        }
        out.add(new StringField(field, value, Field.Store.NO));
        if (facet) {
            out.add(new SortedSetDocValuesFacetField(field, value));
        }
    }

    private static List<EntityFacet> entities(IndexDocument doc) {
        return Stream.of(doc.people(), doc.organisations(), doc.places(), doc.other()).flatMap(List::stream).toList();
    }

    private static List<EntityFacet> entitiesOf(IndexDocument doc, String type) {
        return switch (type) {
            case "PERSON" -> doc.people();
            case "ORG" -> doc.organisations();
            case "LOC" -> doc.places();
            default -> doc.other();
        };
    }

    private static byte[] json(IndexDocument doc) {
        try {
            return Json.MAPPER.writeValueAsBytes(doc);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write index document " + doc.id() + " as JSON", e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
