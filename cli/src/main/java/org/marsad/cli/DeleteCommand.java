package org.marsad.cli;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.config.ClusterConfig;
import org.marsad.replay.Takedowns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marsad delete}: takes articles down everywhere. It writes raw and seen-state tombstones; the
 * running enrich and sink carry the deletion to the enriched and index topics.
 */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = {"Take articles down: tombstones on the raw topic (with a marsad.takedown header) and the ingest "
            + "seen-state; the running enrich and sink remove them from the enriched and index topics, and later "
            + "replays cannot bring them back."})
final class DeleteCommand implements Callable<Integer> {

    @ParentCommand
    Marsad marsad;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "Article ids.")
    List<String> ids;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Stored in the marsad.takedown header.")
    String reason;

    @Override
    public Integer call() {
        ClusterConfig cluster = marsad.kafka.config().cluster();
        Stages.requireBroker(cluster);
        Stages.provisionTopics(cluster);
        String note = reason != null ? reason : "marsad delete at " + Instant.now();
        new Takedowns(cluster).delete(ids, note);
        System.out.println("marsad delete: " + ids.size() + " article(s) taken down; enrich and sink remove them "
                + "from the enriched and index topics");
        return 0;
    }
}
