package org.marsad.cli;

import java.util.concurrent.CompletableFuture;

/**
 * Blocks a long-running command until Ctrl-C (or SIGTERM) or until one of its stages fails, then closes its
 * resources in order. A failure ends the command with exit 1, so a supervisor restarts a process that would
 * otherwise look alive while doing nothing.
 */
final class Shutdown {

    private Shutdown() {
    }

    /**
     * Waits for a shutdown signal or {@code failure}, then closes {@code running}; returns 0 after a signal, 1
     * after a failure (whose reason goes to stderr as {@code marsad COMMAND: REASON}).
     */
    static int awaitSignalOrFailure(String command, AutoCloseable running, CompletableFuture<String> failure) {
        // null: a signal came first. The failure is waited on here, not handled in its callback, because that
        // callback runs on a Streams thread, which must not close its own client.
        CompletableFuture<String> end = new CompletableFuture<>();
        CompletableFuture<Void> closed = new CompletableFuture<>();
        failure.thenAccept(end::complete);
        // The JVM halts once its hooks return, so the hook waits until this thread has closed everything.
        Thread hook = new Thread(() -> {
            end.complete(null);
            closed.join();
        }, "marsad-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        String reason = end.join();
        if (reason != null) {
            System.err.println("marsad " + command + ": " + reason + "; stopping with exit 1");
            System.err.flush();
        }
        try {
            running.close();
        } catch (Exception e) {
            System.err.println("marsad " + command + ": error during shutdown: " + e.getMessage());
        } finally {
            closed.complete(null);
        }
        if (reason == null) {
            return 0;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // A signal arrived while we were closing: the hook runs, finds everything closed, and returns.
        }
        return OneLineErrors.RUNTIME_FAILURE;
    }
}
