package org.marsad.ingest.file;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs tasks on worker threads and hands their results to {@code consumer} on the submitting thread, in
 * submission order. At most {@code window} results wait: submitting more first consumes the oldest, which
 * bounds memory and keeps the reader from running far ahead of the writer. Not thread-safe: one thread
 * submits and consumes. Tasks must not throw (they turn failures into results).
 */
final class InOrder<T> {

    private final Executor workers;
    private final int window;
    private final Consumer<T> consumer;
    private final Deque<CompletableFuture<T>> pending = new ArrayDeque<>();

    InOrder(Executor workers, int window, Consumer<T> consumer) {
        this.workers = workers;
        this.window = window;
        this.consumer = consumer;
    }

    void submit(Supplier<T> task) {
        add(CompletableFuture.supplyAsync(task, workers));
    }

    /** A result known without work (a file that could not be read), kept in its place in the order. */
    void submitDone(T result) {
        add(CompletableFuture.completedFuture(result));
    }

    /** Consumes every result still waiting. */
    void drain() {
        while (!pending.isEmpty()) {
            consumer.accept(pending.removeFirst().join());
        }
    }

    private void add(CompletableFuture<T> result) {
        pending.add(result);
        while (pending.size() > window) {
            consumer.accept(pending.removeFirst().join());
        }
    }
}
