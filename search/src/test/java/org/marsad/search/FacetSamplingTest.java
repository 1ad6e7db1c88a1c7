package org.marsad.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.IndexDocument.AmountFacet;

/** Above the sample size, facet counts are scaled estimates; at or below it, exact; totals always exact. */
class FacetSamplingTest {

    @TempDir
    Path dir;

    @Test
    void shouldScaleSampledCountsWhenMatchesExceedTheSample() throws IOException {
        try (SearchIndex index = SearchIndex.open(dir)) {
            for (int i = 0; i < 40; i++) {
                String currency = i < 30 ? "SAR" : "USD";
                index.apply("s" + i, Articles.doc("s" + i, "ar", "عنوان رقم " + i, "نص تجريبي.", List.of(),
                        List.of(), List.of(new AmountFacet("1000", currency, "EXACT", null, null, "1000")),
                        Articles.DAY1), 0, i);
            }
            index.commit();
            SearchResult sampled = new IndexSearch(index.searchers(), 10).search(SearchRequest.fromParameters(Map.of()));
            assertEquals(40, sampled.total());
            // Every document is Arabic: 10 of 10 sampled, scaled by 40/10, capped by the 40 documents with it.
            assertEquals(List.of(new SearchResult.FacetValue("ar", 40)), sampled.facets().get("language"));

            SearchResult exact = new IndexSearch(index.searchers(), 40).search(SearchRequest.fromParameters(Map.of()));
            assertEquals(List.of(new SearchResult.FacetValue("SAR", 30), new SearchResult.FacetValue("USD", 10)),
                    exact.facets().get("currency"));
        }
    }
}
