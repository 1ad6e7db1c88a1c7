package org.marsad.search;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The Lucene field names of a Marsad document, and the facet dimensions. Text fields carry the language suffix
 * of their analyser ({@code title.ar}, {@code body.en}); see {@code SearchAnalyzers}.
 */
final class SearchFields {

    static final String ID = "id";
    /** The whole IndexDocument as JSON, for {@code /api/articles/{id}} and hit rendering. */
    static final String JSON = "json";
    static final String TITLE = "title.";
    static final String BODY = "body.";
    /** Canonical entity names, analysed as Arabic text so a name query finds the tagged entity. */
    static final String NAMES = "names";
    static final String ENTITY = "entity";
    static final String TYPE = "type";
    static final String CURRENCY = "currency";
    /** Every amount, and {@code amount.SAR} etc. per currency, so a range and a currency hold for one value. */
    static final String AMOUNT = "amount";
    /** Each percentage in unit PERCENT (value, or min and max of a range); points are left out. */
    static final String PERCENT = "percent";
    static final String DATE = "date";
    static final String SOURCE = "source";
    static final String FEED = "feed";
    static final String LANGUAGE = "language";
    /** publishedAt, else fetchedAt, else enrichedAt, in epoch millis: the date filters and sort use it. */
    static final String TIME = "time";
    static final String FETCHED = "fetchedAt";

    static final List<String> TEXT_FIELDS = List.of(TITLE + "ar", BODY + "ar", TITLE + "en", BODY + "en", NAMES);
    static final List<String> ENGLISH_FIELDS = List.of(TITLE + "en", BODY + "en");
    static final List<String> FACETS = List.of(ENTITY, CURRENCY, SOURCE, LANGUAGE);

    private SearchFields() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        FACETS.forEach(dim -> config.setMultiValued(dim, true));
        return config;
    }

    static String amountField(String currency) {
        return AMOUNT + "." + currency;
    }
}
