package org.marsad.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.broker.ClusterConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code marsad enrich}: the enrich stage alone against {@code --bootstrap-servers}, until Ctrl-C. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Run the enrich stage against an existing cluster until interrupted.")
final class EnrichCommand implements Callable<Integer> {

    @ParentCommand
    Marsad marsad;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> keys = marsad.kafka.keys();
        Stages.provisionTopics(ClusterConfig.from(keys));
        Shutdown.awaitSignal(Stages.startEnrich(keys, Map.of()));
        return 0;
    }
}
