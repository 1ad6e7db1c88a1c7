package org.marsad.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.config.MarsadConfig;
import org.marsad.ingest.IngestConfig;
import org.marsad.ingest.IngestCounts;
import org.marsad.ingest.IngestDryRun;
import org.marsad.ingest.IngestService;
import org.marsad.ingest.UrlImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marsad ingest PATH|URL...}: imports files and directories (JSON lines, scraped text, HTML, feeds,
 * gzip of any) and http(s) URLs of feeds or pages into the raw topic; with {@code --dry-run}, prints what would
 * be produced without Kafka.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Import articles from files, directories, and feed or page URLs into the raw topic.")
final class IngestCommand implements Callable<Integer> {

    @ParentCommand
    Marsad marsad;

    @Option(names = "--dry-run", description = "Print the RawArticle JSON lines that would be produced; no Kafka, no seen-state.")
    boolean dryRun;

    @Option(names = "--follow-links", description = "Follow symbolic links out of the directories given (not followed by default).")
    boolean followLinks;

    @Option(names = "--json", description = "Progress as JSON lines on stderr (else a progress line when stderr is a terminal).")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, directories (recursively), or http(s) URLs of feeds or pages.")
    List<String> inputs;

    @Override
    public Integer call() {
        MarsadConfig config = marsad.kafka.config();
        if (dryRun) {
            boolean failed = new IngestDryRun(IngestConfig.from(config), Clock.systemUTC(), followLinks)
                    .run(inputs, System.out, System.err);
            System.out.flush();
            return failed ? OneLineErrors.RUNTIME_FAILURE : 0;
        }
        Stages.requireBroker(config.cluster());
        Stages.provisionTopics(config.cluster());
        IngestCounts total;
        try (IngestService ingest = Stages.openIngest(IngestConfig.from(config), config.cluster(),
                new SimpleMeterRegistry());
                ProgressReporter progress = ProgressReporter.start("ingest", "articles", ingest::progress, json)) {
            for (String input : inputs) {
                if (UrlImport.isUrl(input)) {
                    ingest.importUrl(input);
                } else {
                    ingest.importPath(Path.of(input), followLinks);
                }
            }
            total = ingest.counts();
        }
        System.out.println("marsad ingest: " + total.written() + " written, " + total.unchanged()
                + " already seen, " + total.rejected() + " rejected, " + total.failed() + " failed");
        return total.rejected() + total.failed() > 0 ? OneLineErrors.RUNTIME_FAILURE : 0;
    }
}
