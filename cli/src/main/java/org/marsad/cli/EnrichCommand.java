package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code marsad enrich}: the enrich stage alone against {@code --bootstrap-servers}, until Ctrl-C. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Run the enrich stage against an existing cluster until interrupted.")
final class EnrichCommand implements Callable<Integer> {

    @ParentCommand
    Marsad marsad;

    @Override
    public Integer call() {
        return Stages.runUntilSignal("enrich", marsad.kafka.config(), Stages::startEnrich);
    }
}
