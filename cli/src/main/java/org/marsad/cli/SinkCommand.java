package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code marsad sink}: the sink stage alone against {@code --bootstrap-servers}, until Ctrl-C. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Run the sink stage against an existing cluster until interrupted.")
final class SinkCommand implements Callable<Integer> {

    @ParentCommand
    Marsad marsad;

    @Override
    public Integer call() {
        return Stages.runUntilSignal("sink", marsad.kafka.config(), Stages::startSink);
    }
}
