package org.marsad.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.marsad.search.SearchResult.Snippet;
import org.marsad.search.analysis.SearchAnalyzers;

/**
 * The best passage of each text field of each hit, with the matches as offsets into the passage (never HTML:
 * the caller marks them as its medium needs). Uses Lucene's unified highlighter over the indexed offsets.
 */
final class Snippets {

    private static final String[] FIELDS = {SearchFields.TITLE + "ar", SearchFields.BODY + "ar",
        SearchFields.TITLE + "en", SearchFields.BODY + "en"};

    private final OffsetHighlighter highlighter;

    Snippets(IndexSearcher searcher) {
        this.highlighter = new OffsetHighlighter(UnifiedHighlighter.builder(searcher,
                SearchAnalyzers.queryAnalyzer(SearchFields.ENGLISH_FIELDS)).withFormatter(new OffsetFormatter()));
    }

    Map<Integer, List<Snippet>> of(Query text, ScoreDoc[] hits) throws IOException {
        int[] docs = Arrays.stream(hits).mapToInt(h -> h.doc).toArray();
        int[] passages = new int[FIELDS.length];
        Arrays.fill(passages, 1);
        Map<String, Object[]> byField = highlighter.objects(FIELDS, text, docs, passages);
        Map<Integer, List<Snippet>> out = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            List<Snippet> snippets = new ArrayList<>();
            for (String field : FIELDS) {
                Object value = byField.get(field)[i];
                if (value instanceof Snippet s && !s.matches().isEmpty()) {
                    snippets.add(new Snippet(field.substring(0, field.indexOf('.')), s.text(), s.matches()));
                }
            }
            out.put(docs[i], snippets);
        }
        return out;
    }

    /** Exposes the highlighter's object-valued results, which its public methods turn into strings. */
    private static final class OffsetHighlighter extends UnifiedHighlighter {

        OffsetHighlighter(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> objects(String[] fields, Query query, int[] docs, int[] passages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docs, passages);
        }
    }

    /** One passage as a {@link Snippet} with offsets relative to the passage text. */
    private static final class OffsetFormatter extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage p = passages[0];
            List<int[]> matches = new ArrayList<>();
            for (int m = 0; m < p.getNumMatches(); m++) {
                int start = p.getMatchStarts()[m] - p.getStartOffset();
                int end = p.getMatchEnds()[m] - p.getStartOffset();
                int[] last = matches.isEmpty() ? null : matches.get(matches.size() - 1);
                // Two query terms can match one word (a word and its stem); report the word once.
                if (last != null && start < last[1]) {
                    last[1] = Math.max(last[1], end);
                } else {
                    matches.add(new int[] {start, end});
                }
            }
            return new Snippet("", content.substring(p.getStartOffset(), p.getEndOffset()), matches);
        }
    }
}
