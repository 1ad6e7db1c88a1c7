package org.marsad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.search.SearchSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code marsad search-service}: the search stage alone (index fed from the index topic, HTTP API), until Ctrl-C. */
@Command(name = "search-service", mixinStandardHelpOptions = true,
        description = "Keep a Lucene index of the index topic under --data-dir and serve /api/search until Ctrl-C.")
final class SearchServiceCommand implements Callable<Integer> {

    @ParentCommand
    Marsad marsad;

    @Option(names = "--data-dir", defaultValue = "marsad-data", paramLabel = "DIR",
            description = "The index lives in DIR/search-index (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--http-host", defaultValue = SearchSettings.DEFAULT_HTTP_HOST,
            description = "Operations address (default: ${DEFAULT-VALUE}).")
    String httpHost;

    @Option(names = "--http-port", defaultValue = "" + SearchSettings.DEFAULT_HTTP_PORT,
            description = "Operations port serving /api/search (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Override
    public Integer call() throws InterruptedException {
        return Stages.runUntilSignal(marsad.kafka.config(), config -> {
            var stage = Stages.startSearch(config.cluster(), dataDir, httpHost, httpPort);
            System.out.println("marsad search-service: GET http://" + httpHost + ":" + stage.port()
                    + "/api/search?q=...; index in " + Stages.searchIndexDir(dataDir)
                    + (stage.rebuilding() ? " (rebuilding from the index topic)" : ""));
            System.out.flush();
            return stage;
        });
    }
}
