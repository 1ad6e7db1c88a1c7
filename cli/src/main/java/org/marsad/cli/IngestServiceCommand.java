package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code marsad ingest-service}: the long-running ingest stage against {@code --bootstrap-servers}: the HTTP push
 * endpoint, plus the feeds of {@code marsad.feeds.file} when it is set, until Ctrl-C. */
@Command(name = "ingest-service", mixinStandardHelpOptions = true,
        description = "Run the ingest stage (HTTP push, and feeds when marsad.feeds.file is set) until interrupted.")
final class IngestServiceCommand implements Callable<Integer> {

    @ParentCommand
    Marsad marsad;

    @Override
    public Integer call() {
        return Stages.runUntilSignal("ingest-service", marsad.kafka.config(), Stages::startIngestService);
    }
}
