package org.marsad.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.broker.ClusterConfig;
import org.marsad.ingest.IngestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marsad ingest-service}: the long-running ingest stage against {@code --bootstrap-servers}: the
 * HTTP push endpoint, plus the feeds of {@code marsad.feeds.file} when it is set.
 */
@Command(name = "ingest-service", mixinStandardHelpOptions = true,
        description = "Run the ingest stage (HTTP push, and feeds when marsad.feeds.file is set) until interrupted.")
final class IngestServiceCommand implements Callable<Integer> {

    @ParentCommand
    Marsad marsad;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> keys = marsad.kafka.keys();
        Stages.provisionTopics(ClusterConfig.from(keys));
        IngestService ingest = Stages.openIngest(keys);
        System.out.println("marsad ingest-service: " + Stages.startSources(ingest, keys));
        System.out.flush();
        Shutdown.awaitSignal(ingest);
        return 0;
    }
}
