package org.marsad.ingest;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/** The dry run's sink: prints each article as one JSON line, keeps no seen-state, writes no dead letters. */
final class PrintingSink implements ArticleSink {

    private final PrintStream out;

    PrintingSink(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized CompletableFuture<Outcome> write(FinishedArticle article) {
        // The same Json.MAPPER bytes the raw topic would get, one line each (JSON escapes line breaks).
        out.println(new String(article.json(), StandardCharsets.UTF_8));
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
