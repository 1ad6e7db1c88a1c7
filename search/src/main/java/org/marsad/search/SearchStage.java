package org.marsad.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.marsad.http.EmbeddedHttpServer;

/**
 * The search stage's lifecycle: opens (or rebuilds) the index, feeds it from the index topic, serves the
 * search API on the operations port. Closing stops the API, then the feeder, then the index.
 */
public final class SearchStage implements AutoCloseable {

    private final SearchIndex index;
    private final IndexFeeder feeder;
    private final EmbeddedHttpServer http;
    private final IndexSearch search;

    private SearchStage(SearchIndex index, IndexFeeder feeder, EmbeddedHttpServer http, IndexSearch search) {
        this.index = index;
        this.feeder = feeder;
        this.http = http;
        this.search = search;
    }

    public static SearchStage start(SearchSettings settings) {
        SearchIndex index = SearchIndex.open(settings.indexDir());
        IndexFeeder feeder = new IndexFeeder(index, settings.kafkaClient()).start();
        IndexSearch search = new IndexSearch(index.searchers());
        try {
            EmbeddedHttpServer http = EmbeddedHttpServer.start(settings.httpHost(), settings.httpPort(),
                    settings.httpLimits(), SearchRoutes.routes(search));
            return new SearchStage(index, feeder, http, search);
        } catch (RuntimeException e) {
            feeder.close();
            closeIndex(index);
            throw e;
        }
    }

    public int port() {
        return http.port();
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
        http.close();
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
