package org.marsad.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.marsad.http.EmbeddedHttpServer.Route;

/**
 * The search stage's lifecycle: opens (or rebuilds) the index and feeds it from the index topic. It offers its
 * API as {@link #routes()}, which the process mounts on its one operations port (docs/ARCHITECTURE.md), so the
 * stage opens no port of its own. Closing stops the feeder, then the index; the process stops its HTTP server
 * first.
 */
public final class SearchStage implements AutoCloseable {

    private final SearchIndex index;
    private final IndexFeeder feeder;
    private final IndexSearch search;

    private SearchStage(SearchIndex index, IndexFeeder feeder, IndexSearch search) {
        this.index = index;
        this.feeder = feeder;
        this.search = search;
    }

    public static SearchStage start(SearchSettings settings) {
        SearchIndex index = SearchIndex.open(settings.indexDir());
        IndexFeeder feeder = new IndexFeeder(index, settings.kafkaClient()).start();
        return new SearchStage(index, feeder, new IndexSearch(index.searchers()));
    }

    /** {@code /api/search} and {@code /api/articles/{id}}, for the process's operations port. */
    public List<Route> routes() {
        return SearchRoutes.routes(search);
    }

    public IndexSearch search() {
        return search;
    }

    /** True when this start found no usable index and is rebuilding it from the topic. */
    public boolean rebuilding() {
        return index.rebuilt();
    }

    /** Index-topic records applied since start. */
    public long applied() {
        return feeder.applied();
    }

    @Override
    public void close() {
        feeder.close();
        closeIndex(index);
    }

    private static void closeIndex(SearchIndex index) {
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Closing the search index failed: " + e.getMessage(), e);
        }
    }
}
