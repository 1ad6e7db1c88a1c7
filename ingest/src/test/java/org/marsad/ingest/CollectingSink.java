package org.marsad.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.marsad.model.RawArticle;

/** An in-memory sink for tests: keeps every article and dead letter, acknowledges at once. */
public final class CollectingSink implements ArticleSink {

    public final List<RawArticle> articles = new CopyOnWriteArrayList<>();
    public final List<String> deadLetters = new CopyOnWriteArrayList<>();
    public final List<byte[]> deadLetterBytes = new CopyOnWriteArrayList<>();

    @Override
    public CompletableFuture<Outcome> write(FinishedArticle article) {
        articles.add(article.article());
        return CompletableFuture.completedFuture(Outcome.WRITTEN);
    }

    @Override
    public void deadLetter(String source, byte[] original, String reason, String exceptionClass) {
        deadLetters.add(source + ": " + reason);
        deadLetterBytes.add(original);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** Waits for {@code condition} up to {@code timeout}; fails the test naming {@code what} when it never holds. */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
            }
            // Polling with a deadline, not a sleep standing in for synchronisation: re-check every 5 ms.
            LockSupport.parkNanos(5_000_000L);
        }
    }
}
