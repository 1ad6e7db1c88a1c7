package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import org.marsad.model.Json;

/** The dry run's sink: prints each article as one JSON line, keeps no seen-state, writes no dead letters. */
final class PrintingSink implements ArticleSink {

    private final PrintStream out;

    PrintingSink(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized CompletableFuture<Outcome> write(FinishedArticle article) {
        try {
            out.println(Json.MAPPER.writeValueAsString(article.article()));
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.completedFuture(Outcome.WRITTEN);
    }

    @Override
    public void deadLetter(String source, byte[] original, String reason, String exceptionClass) {
        // A dry run reports rejections on its error stream (RejectionListener) and writes nothing anywhere.
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
        flush();
    }
}
