package org.marsad.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.marsad.model.Json;
import org.marsad.search.SearchResult.FacetValue;
import org.marsad.search.SearchResult.Hit;

/**
 * Runs searches against the latest commit of a {@link SearchIndex}: hits, facets, snippets. Thread-safe.
 *
 * <p>Facets are counted over every match up to {@value #FACET_SAMPLE} matches; above that over a random sample of
 * that many (Lucene's {@link RandomSamplingFacetsCollector}, fixed seed) scaled up to estimates. Counting reads
 * every counted document's facet ordinals, which was three quarters of a query's CPU time at 100,000 articles
 * (docs/BENCHMARKS.md); the sample bounds that cost whatever the number of matches, and a top-10 list from
 * 10,000 matches ranks the same values.
 */
public final class IndexSearch {

    /** Matches counted exactly for facets; above this, facet counts are estimates. */
    public static final int FACET_SAMPLE = 10_000;
    private static final long FACET_SEED = 18;
    private static final int TOP_FACETS = 10;

    private final SearcherManager searchers;
    private final QueryBuilder queries = new QueryBuilder();
    /** The facet ordinals of one reader; building them reads every segment, so once per refresh, not per query. */
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, DefaultSortedSetDocValuesReaderState state) {
    }

    private final int facetSample;

    public IndexSearch(SearcherManager searchers) {
        this(searchers, FACET_SAMPLE);
    }

    /** With another sample size, so a test can cross it with a few documents. */
    IndexSearch(SearcherManager searchers, int facetSample) {
        this.searchers = searchers;
        this.facetSample = facetSample;
    }

    public SearchResult search(SearchRequest request) throws IOException {
        Query query = queries.build(request);
        IndexSearcher searcher = searchers.acquire();
        try {
            int wanted = (request.page() + 1) * request.size();
            // Exact totals (threshold MAX_VALUE): the answer reports them, and facets need every match anyway.
            CollectorManager<?, ? extends TopDocs> hitsManager = request.sort().equals("relevance")
                    ? new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE)
                    : new TopFieldCollectorManager(sort(request.sort()), wanted, Integer.MAX_VALUE);
            Object[] collected = searcher.search(query, new MultiCollectorManager(hitsManager,
                    RandomSamplingFacetsCollector.createManager(facetSample, FACET_SEED)));
            TopDocs top = (TopDocs) collected[0];
            RandomSamplingFacetsCollector facetsCollector = (RandomSamplingFacetsCollector) collected[1];
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs,
                    Math.min(top.scoreDocs.length, request.page() * request.size()), top.scoreDocs.length);
            Map<Integer, List<SearchResult.Snippet>> snippets = request.q() == null ? Map.of()
                    : new Snippets(searcher).of(queries.text(request.q()), page);
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : page) {
                hits.add(hit(searcher, sd, snippets.getOrDefault(sd.doc, List.of())));
            }
            return new SearchResult(top.totalHits.value, request.page(), request.size(), hits,
                    facets(searcher, facetsCollector));
        } finally {
            searchers.release(searcher);
        }
    }

    /** The stored IndexDocument JSON of {@code id}. */
    public Optional<JsonNode> article(String id) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(SearchFields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(json(searcher, top.scoreDocs[0].doc));
        } finally {
            searchers.release(searcher);
        }
    }

    private static Sort sort(String sort) {
        return new Sort(new SortField(SearchFields.TIME, SortField.Type.LONG, sort.equals("newest")));
    }

    private static Hit hit(IndexSearcher searcher, ScoreDoc sd, List<SearchResult.Snippet> snippets)
            throws IOException {
        JsonNode doc = json(searcher, sd.doc);
        List<String> entities = new ArrayList<>();
        for (String group : List.of("people", "organisations", "places", "other")) {
            doc.path(group).forEach(e -> entities.add(e.hasNonNull("id") ? e.get("id").asText()
                    : e.path("name").asText()));
        }
        return new Hit(doc.path("id").asText(), doc.path("title").asText(null), doc.path("publishedAt").asText(null),
                doc.path("source").asText(null), doc.path("language").asText(null),
                Float.isNaN(sd.score) ? 0f : sd.score, snippets, entities);
    }

    private static JsonNode json(IndexSearcher searcher, int doc) throws IOException {
        byte[] bytes = searcher.storedFields().document(doc).getBinaryValue(SearchFields.JSON).bytes;
        return Json.MAPPER.readTree(bytes);
    }

    private Map<String, List<FacetValue>> facets(IndexSearcher searcher, RandomSamplingFacetsCollector collector)
            throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        DefaultSortedSetDocValuesReaderState state;
        try {
            FacetState cached = facetState;
            if (cached == null || cached.reader() != searcher.getIndexReader()) {
                cached = new FacetState(searcher.getIndexReader(), new DefaultSortedSetDocValuesReaderState(
                        searcher.getIndexReader(), SearchFields.facetsConfig()));
                facetState = cached;
            }
            state = cached.state();
        } catch (IllegalArgumentException e) {
            // An index with no facet values yet (empty, or no document has any) has no facet field at all.
            SearchFields.FACETS.forEach(dim -> out.put(dim, List.of()));
            return out;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
        for (String dim : SearchFields.FACETS) {
            // Unchanged when every match was counted; else the sample's counts scaled by the sampling rate.
            FacetResult top = collector.amortizeFacetCounts(counts.getTopChildren(TOP_FACETS, dim),
                    SearchFields.facetsConfig(), searcher);
            List<FacetValue> values = new ArrayList<>();
            if (top != null) {
                for (LabelAndValue lv : top.labelValues) {
                    values.add(new FacetValue(lv.label, lv.value.longValue()));
                }
            }
            out.put(dim, values);
        }
        return out;
    }
}
