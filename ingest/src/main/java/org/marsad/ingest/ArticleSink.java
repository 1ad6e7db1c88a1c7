package org.marsad.ingest;

import java.util.concurrent.CompletableFuture;

/**
 * Where finished articles go: the raw topic (with the seen-state) or, for a dry run, a print stream.
 * Implementations are thread-safe.
 */
public interface ArticleSink extends AutoCloseable {

    /** What became of one article. */
    enum Outcome { WRITTEN, UNCHANGED }

    /**
     * Writes {@code article} unless the seen-state already holds its id with the same content; the future
     * completes once the broker acknowledged the write, or exceptionally when the write failed.
     */
    CompletableFuture<Outcome> write(FinishedArticle article);

    /** Writes the original bytes of a rejected pushed or file record to the dead-letter topic. */
    void deadLetter(String source, byte[] original, String reason, String exceptionClass);

    /** Blocks until every write so far is acknowledged or failed. */
    void flush();

    @Override
    void close();
}
