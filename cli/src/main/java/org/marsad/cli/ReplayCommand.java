package org.marsad.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.config.MarsadConfig;
import org.marsad.enrich.ArticleEnricher;
import org.marsad.enrich.EnrichConfig;
import org.marsad.enrich.text.DocumentAnalyzer;
import org.marsad.ingest.IngestConfig;
import org.marsad.model.Json;
import org.marsad.replay.ProgressPrinter;
import org.marsad.replay.ReplayRequest;
import org.marsad.replay.ReplayService;
import org.marsad.sink.SinkConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code marsad replay}: re-enriches the raw archive from an ingest instant while the pipeline runs. With
 * {@code --wait} it runs the replay here and returns once the sink has indexed it; without, it starts the
 * same command with {@code --wait} in a detached JVM and returns at once.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Re-enrich the raw archive from --from (ingest time) while the pipeline runs; the running sink "
            + "replaces each replayed article's index document.",
            "Without --wait the replay runs in a background JVM whose pid and log file are printed."})
final class ReplayCommand implements Callable<Integer> {

    @ParentCommand
    Marsad marsad;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "earliest|INSTANT",
            description = "First ingest instant to replay (ISO, e.g. 2025-02-12T10:00:00Z) or 'earliest'.")
    String from;

    @Option(names = "--to", paramLabel = "INSTANT", description = "First ingest instant not replayed (ISO).")
    String to;

    @Option(names = "--wait", description = "Run here, show progress, and return when the sink has indexed the replay.")
    boolean wait;

    @Option(names = "--json", description = "Progress and summary as JSON lines.")
    boolean json;

    @Option(names = "--stall-timeout", defaultValue = "10m", paramLabel = "DURATION",
            description = "Fail when the replay or the sink makes no progress for this long (default: ${DEFAULT-VALUE}).")
    String stallTimeout;

    @Option(names = "--log", paramLabel = "FILE", description = "Log of the background replay (default: "
            + "marsad-replay-<epochMillis>.log in the current directory).")
    Path log;

    @Override
    public Integer call() throws IOException {
        ReplayRequest request = ReplayRequest.parse(from, to);
        Duration stall = IngestConfig.parseDuration(stallTimeout);
        // Checked before detaching too, so a missing broker is said here, not only in the background log.
        Stages.requireBroker(marsad.kafka.config().cluster());
        if (!wait) {
            return detach();
        }
        MarsadConfig parsed = marsad.kafka.config();
        EnrichConfig config = EnrichConfig.from(parsed);
        ArticleEnricher enricher = new ArticleEnricher(DocumentAnalyzer.load(config.gazetteerDir(), config.tablesDir()));
        ReplayService service = new ReplayService(config.cluster(), enricher, config.threads(), Map.of(),
                Clock.systemUTC());
        service.replayAndWait(request, SinkConfig.from(parsed).applicationId(),
                new ProgressPrinter(System.out, ProgressPrinter.modeFor(json)), stall);
        return 0;
    }

    /** Starts this same command line plus {@code --wait} in a child JVM that outlives this one. */
    private int detach() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Marsad.class.getName());
        command.addAll(spec.root().commandLine().getParseResult().originalArgs());
        command.add("--wait");
        Path logFile = log != null ? log : Path.of("marsad-replay-" + System.currentTimeMillis() + ".log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        // The child reads nothing; closing its input now means it never waits on a terminal that has gone.
        child.getOutputStream().close();
        String where = logFile.toAbsolutePath().toString();
        ObjectNode started = Json.MAPPER.createObjectNode().put("pid", child.pid()).put("log", where);
        System.out.println(json ? started.toString()
                : "marsad replay: running in the background as pid " + child.pid() + "; progress in " + where);
        return 0;
    }
}
