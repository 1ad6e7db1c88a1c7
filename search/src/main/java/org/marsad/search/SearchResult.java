package org.marsad.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits with the facets of all matching documents.
 *
 * @param total documents matching
 * @param facets per dimension ({@code entity}, {@code currency}, {@code source}, {@code language}), top values
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets) {

    /**
     * One matching document.
     *
     * @param snippets the best passages of title and body, with the matches as offsets into the passage
     * @param entities entity ids (else names) in the document
     */
    public record Hit(String id, String title, String publishedAt, String source, String language, float score,
            List<Snippet> snippets, List<String> entities) {
    }

    /**
     * A passage of a field with the matched words marked by half-open UTF-16 offsets into {@code text}.
     *
     * @param matches pairs {@code [start, end)} into {@code text}
     */
    public record Snippet(String field, String text, List<int[]> matches) {
    }

    public record FacetValue(String value, long count) {
    }
}
