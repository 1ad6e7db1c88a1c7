package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.search.SearchResult;

/** The readable output of {@code marsad search}: matches marked in the snippet, entities listed. */
class SearchCommandTest {

    @Test
    void shouldMarkEachMatchWhenRenderingHit() {
        SearchResult.Snippet body = new SearchResult.Snippet("body", "ردت الحكومة بالعقوبات أمس",
                List.of(new int[] {12, 21}));
        SearchResult result = new SearchResult(1, 0, 10, List.of(new SearchResult.Hit("a2", "عنوان", "2026-11-20T09:00:00Z",
                "example-news", "ar", 1f, List.of(body), List.of("Q1"))), Map.of());
        String text = SearchCommand.render(result);
        assertTrue(text.contains("ردت الحكومة [بالعقوبات] أمس"), text);
        assertTrue(text.contains("entities: Q1"), text);
        assertTrue(text.startsWith("1 found"), text);
    }
}
