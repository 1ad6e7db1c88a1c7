package org.marsad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.config.ConfigArea;
import org.marsad.config.SearchKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marsad search-service}: the search stage alone (index fed from the index topic, API on the operations
 * port), until Ctrl-C or until it fails.
 */
@Command(name = "search-service", mixinStandardHelpOptions = true,
        description = "Keep a Lucene index of the index topic in marsad.search.index.dir and serve /api/search on the"
                + " operations port (marsad.http.port) until Ctrl-C.")
final class SearchServiceCommand implements Callable<Integer> {

    @ParentCommand
    Marsad marsad;

    @Override
    public Integer call() {
        return Stages.runUntilSignal("search-service", marsad.kafka.config(), (config, operations) -> {
            Path indexDir = Path.of(config.area(ConfigArea.SEARCH).getString(SearchKeys.INDEX_DIR));
            var stage = Stages.startSearch(config.cluster(), indexDir, operations);
            System.out.println("marsad search-service: index in " + indexDir
                    + (stage.rebuilding() ? " (rebuilding from the index topic)" : ""));
            System.out.flush();
            return stage;
        });
    }
}
