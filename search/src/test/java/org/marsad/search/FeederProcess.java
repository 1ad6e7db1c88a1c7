package org.marsad.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A search feeder alone in its own JVM, for {@link FeederKillIT} to kill with SIGKILL: feeds the index under
 * {@code args[1]} from the broker at {@code args[0]} until the process dies. Small polls (10 records) make many
 * index commits, so a kill lands between commits as well as inside one.
 */
public final class FeederProcess {

    private FeederProcess() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        SearchIndex index = SearchIndex.open(Path.of(args[1]));
        IndexFeeder feeder = new IndexFeeder(index, Map.of("bootstrap.servers", args[0], "max.poll.records", 10));
        feeder.start();
        System.out.println("feeding " + args[1]);
        System.out.flush();
        // Runs until killed: the test is about what a kill leaves behind, so there is no clean stop here.
        Thread.currentThread().join();
    }
}
