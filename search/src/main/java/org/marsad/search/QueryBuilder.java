package org.marsad.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.marsad.search.analysis.SearchAnalyzers;

/** Turns a {@link SearchRequest} into a Lucene query: the free text scores, every other parameter filters. */
final class QueryBuilder {

    private static final Map<String, Float> BOOSTS = Map.of(
            SearchFields.TITLE + "ar", 2f, SearchFields.TITLE + "en", 2f, SearchFields.NAMES, 1.5f);

    private final Analyzer analyzer = SearchAnalyzers.queryAnalyzer(SearchFields.ENGLISH_FIELDS);

    Query build(SearchRequest r) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(r.q() == null ? new MatchAllDocsQuery() : text(r.q()), r.q() == null ? Occur.FILTER : Occur.MUST);
        term(query, SearchFields.ENTITY, r.entity());
        term(query, SearchFields.TYPE, r.type());
        term(query, SearchFields.CURRENCY, r.currency());
        term(query, SearchFields.LANGUAGE, r.lang());
        term(query, SearchFields.SOURCE, r.source());
        term(query, SearchFields.FEED, r.feed());
        if (r.minAmount() != null || r.maxAmount() != null) {
            // With a currency the bounds apply to an amount in that currency, not to any amount of the article.
            String field = r.currency() == null ? SearchFields.AMOUNT : SearchFields.amountField(r.currency());
            double min = r.minAmount() == null ? Double.NEGATIVE_INFINITY : r.minAmount().doubleValue();
            double max = r.maxAmount() == null ? Double.POSITIVE_INFINITY : r.maxAmount().doubleValue();
            query.add(DoublePoint.newRangeQuery(field, min, max), Occur.FILTER);
        }
        if (r.minPercent() != null || r.maxPercent() != null) {
            double min = r.minPercent() == null ? Double.NEGATIVE_INFINITY : r.minPercent().doubleValue();
            double max = r.maxPercent() == null ? Double.POSITIVE_INFINITY : r.maxPercent().doubleValue();
            query.add(DoublePoint.newRangeQuery(SearchFields.PERCENT, min, max), Occur.FILTER);
        }
        if (r.from() != null || r.to() != null) {
            long from = r.from() == null ? Long.MIN_VALUE : r.from().toEpochMilli();
            long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochMilli() - 1;
            query.add(LongPoint.newRangeQuery(SearchFields.TIME, from, to), Occur.FILTER);
        }
        return query.build();
    }

    /** The free-text part alone, for highlighting. */
    Query text(String q) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                SearchFields.TEXT_FIELDS.toArray(String[]::new), analyzer, new HashMap<>(BOOSTS));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(q);
        } catch (ParseException e) {
            throw new BadParameterException("q", q, "not a valid query: " + firstLine(e.getMessage()));
        }
    }

    private static void term(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
