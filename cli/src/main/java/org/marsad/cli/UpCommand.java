package org.marsad.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marsad up}: the whole pipeline, long-running; an embedded broker unless a cluster is named.
 * Restarting with the same data directory keeps the data. A stage that fails stops the whole process with exit 1.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Run the embedded broker (or use --bootstrap-servers) and all stages until Ctrl-C.")
final class UpCommand implements Callable<Integer> {

    @ParentCommand
    Marsad marsad;

    @Option(names = "--data-dir", defaultValue = "marsad-data", paramLabel = "DIR",
            description = "Broker logs and stage state (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--port", defaultValue = "9092", description = "Embedded broker port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() {
        boolean embedded = !marsad.kafka.clusterGiven();
        if (embedded) {
            EmbeddedBrokerCheck.require("up");
        }
        LocalPipeline pipeline = LocalPipeline.start(marsad.kafka.config(), dataDir, embedded, port, Map.of());
        String sources;
        String operations;
        try {
            sources = Stages.startSources(pipeline.ingest(), pipeline.ingestConfig());
            operations = pipeline.serveOperations();
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
        System.out.println("marsad up: " + (embedded ? "embedded broker" : "cluster") + " at "
                + pipeline.cluster().bootstrapServers() + "; ingest (" + sources + "), enrich, sink and search "
                + "running; " + operations + ". Ctrl-C stops.");
        System.out.flush();
        return Shutdown.awaitSignalOrFailure("up", pipeline, pipeline.operations().failure());
    }
}
