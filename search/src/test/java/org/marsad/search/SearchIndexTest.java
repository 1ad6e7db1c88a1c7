package org.marsad.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.IndexDocument;

/** The index and its queries without Kafka: analysis, filters, facets, snippets, takedowns, commit data. */
class SearchIndexTest {

    @TempDir
    Path dir;
    private SearchIndex index;
    private IndexSearch search;

    @BeforeEach
    void open() throws IOException {
        index = SearchIndex.open(dir);
        long offset = 0;
        for (IndexDocument doc : List.of(Articles.openAiDeal(), Articles.sanctions(), Articles.englishDeal())) {
            index.apply(doc.id(), doc, 0, offset++);
        }
        index.commit();
        search = new IndexSearch(index.searchers());
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private List<String> ids(Map<String, String> params) throws IOException {
        return search.search(SearchRequest.fromParameters(params)).hits().stream().map(SearchResult.Hit::id).toList();
    }

    private List<String> ids(String q) throws IOException {
        return ids(Map.of("q", q));
    }

    @Test
    void shouldFindNameWrittenWithCliticWhenQueryHasNone() throws IOException {
        assertEquals(List.of("a1"), ids("أوبن إيه آي"));
        assertEquals(List.of("a1"), ids("\"أوبن إيه آي\""));
    }

    @Test
    void shouldFindWordWithPrepositionAndArticleWhenQueryHasArticleOnly() throws IOException {
        assertEquals(List.of("a2"), ids("العقوبات"));
    }

    @Test
    void shouldFindEnglishByStemWhenQueryInflected() throws IOException {
        assertEquals(List.of("e1"), ids("contract signing"));
    }

    @Test
    void shouldFilterByEntityId() throws IOException {
        assertEquals(List.of("a1"), ids(Map.of("entity", "Q21708200")));
    }

    @Test
    void shouldApplyAmountRangeToAmountsInTheGivenCurrencyOnly() throws IOException {
        assertEquals(List.of("a1"), ids(Map.of("currency", "SAR", "minAmount", "1e9")));
        assertEquals(List.of("a2"), ids(Map.of("currency", "USD", "minAmount", "1e8", "maxAmount", "1e9")));
        assertEquals(List.of(), ids(Map.of("currency", "USD", "minAmount", "1e9")));
    }

    @Test
    void shouldFilterByPercentLevelsAndLeavePointsOut() throws IOException {
        assertEquals(List.of("a1"), ids(Map.of("minPercent", "10")));
        assertEquals(List.of("a1"), ids(Map.of("minPercent", "15", "maxPercent", "15")));
        assertEquals(List.of(), ids(Map.of("minPercent", "30")), "40 percentage points is no 40% share");
        assertEquals(List.of(), ids(Map.of("maxPercent", "14.9")));
    }

    @Test
    void shouldFilterByDateWhenFromAndToGiven() throws IOException {
        assertEquals(List.of("a1"), ids(Map.of("from", "2026-10-30", "to", "2026-11-02")));
        assertEquals(List.of("e1"), ids(Map.of("from", "2026-11-15", "lang", "en")));
    }

    @Test
    void shouldCountFacetsOverAllMatches() throws IOException {
        SearchResult result = search.search(SearchRequest.fromParameters(Map.of()));
        assertEquals(3, result.total());
        assertTrue(result.facets().get("currency").contains(new SearchResult.FacetValue("SAR", 2)));
        assertTrue(result.facets().get("language").contains(new SearchResult.FacetValue("ar", 2)));
    }

    @Test
    void shouldReturnMatchOffsetsIntoSnippetWhenTextQuery() throws IOException {
        SearchResult.Hit hit = search.search(SearchRequest.fromParameters(Map.of("q", "العقوبات"))).hits().get(0);
        SearchResult.Snippet body = hit.snippets().stream().filter(s -> s.field().equals("body")).findFirst()
                .orElseThrow();
        int[] match = body.matches().get(0);
        assertEquals("بالعقوبات", body.text().substring(match[0], match[1]));
    }

    @Test
    void shouldReportEachMatchedWordOnceWhenTermsOverlap() throws IOException {
        SearchResult.Hit hit = search.search(SearchRequest.fromParameters(Map.of("q", "أوبن إيه آي"))).hits().get(0);
        SearchResult.Snippet title = hit.snippets().get(0);
        List<String> marked = title.matches().stream().map(m -> title.text().substring(m[0], m[1])).toList();
        assertEquals(List.of("لأوبن", "إيه", "آي"), marked);
    }

    @Test
    void shouldRemoveDocumentWhenTakedown() throws IOException {
        index.apply("a1", null, 0, 3);
        index.commit();
        assertEquals(List.of(), ids("أوبن"));
        assertTrue(search.article("a1").isEmpty());
        assertFalse(search.article("a2").isEmpty());
    }

    @Test
    void shouldKeepAppliedOffsetsInCommitWhenReopened() throws IOException {
        index.close();
        index = SearchIndex.open(dir);
        assertFalse(index.rebuilt());
        assertEquals(Map.of(0, 3L), index.appliedOffsets());
    }

    @Test
    void shouldNameParameterWhenValueBad() {
        Map<String, String> bad = new HashMap<>(Map.of("minAmount", "lots"));
        assertEquals("minAmount", assertThrows(BadParameterException.class,
                () -> SearchRequest.fromParameters(bad)).parameter());
        assertEquals("size", assertThrows(BadParameterException.class,
                () -> SearchRequest.fromParameters(Map.of("size", "1000"))).parameter());
        assertEquals("q", assertThrows(BadParameterException.class,
                () -> search.search(SearchRequest.fromParameters(Map.of("q", "\"unclosed")))).parameter());
        assertEquals("minPercent", assertThrows(BadParameterException.class,
                () -> SearchRequest.fromParameters(Map.of("minPercent", "ten"))).parameter());
        assertEquals("maxPercent", assertThrows(BadParameterException.class,
                () -> SearchRequest.fromParameters(Map.of("minPercent", "20", "maxPercent", "10"))).parameter());
        assertEquals("colour", assertThrows(BadParameterException.class,
                () -> SearchRequest.fromParameters(Map.of("colour", "red"))).parameter());
    }
}
