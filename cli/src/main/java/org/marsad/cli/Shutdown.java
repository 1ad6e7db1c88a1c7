package org.marsad.cli;

import java.util.concurrent.CountDownLatch;

/** Blocks a long-running command until Ctrl-C (or SIGTERM), then lets it close its resources in order. */
final class Shutdown {

    private Shutdown() {
    }

    /** Waits for a shutdown signal and closes {@code running} in the shutdown hook, before the JVM exits. */
    static void awaitSignal(AutoCloseable running) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            try {
                running.close();
            } catch (Exception e) {
                System.err.println("marsad: error during shutdown: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "marsad-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
    }
}
