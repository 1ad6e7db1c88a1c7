package org.marsad.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.search.SearchSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marsad up}: the whole pipeline, long-running; an embedded broker unless a cluster is named.
 * Restarting with the same data directory keeps the data.
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

    @Option(names = "--http-port", defaultValue = "" + SearchSettings.DEFAULT_HTTP_PORT,
            description = "Operations port serving /api/search (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Override
    public Integer call() throws InterruptedException {
        boolean embedded = !marsad.kafka.clusterGiven();
        if (embedded) {
            EmbeddedBrokerCheck.require("up");
        }
        LocalPipeline pipeline = LocalPipeline.start(marsad.kafka.config(), dataDir, embedded, port, Map.of(),
                httpPort);
        String sources;
        try {
            sources = Stages.startSources(pipeline.ingest(), pipeline.ingestConfig());
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
        System.out.println("marsad up: " + (embedded ? "embedded broker" : "cluster") + " at "
                + pipeline.cluster().bootstrapServers() + "; ingest (" + sources + "), enrich, sink and search (GET http://" + SearchSettings.DEFAULT_HTTP_HOST + ":"
                + pipeline.search().port() + "/api/search?q=...) running. Ctrl-C stops.");
        System.out.flush();
        Shutdown.awaitSignal(pipeline);
        return 0;
    }
}
