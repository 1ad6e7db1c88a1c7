package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.config.ClusterConfig;
import org.marsad.ingest.ImportProgress;
import org.marsad.replay.ArchiveExporter;
import org.marsad.replay.ArchiveImporter;
import org.marsad.replay.ReplayRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code marsad archive export|import}: copy the raw archive to a gzip JSON-lines file and into another cluster. */
@Command(name = "archive", mixinStandardHelpOptions = true,
        description = "Export the raw archive to a file, or import archive files into a cluster's raw topic.",
        subcommands = {ArchiveCommand.Export.class, ArchiveCommand.Import.class})
final class ArchiveCommand implements Callable<Integer> {

    @ParentCommand
    Marsad marsad;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: export or import");
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write raw records (read_committed, up to the end at start) ingested in [--from, --to) "
                + "as gzip JSON lines {key, timestamp, value, headers}; takedowns included.")
    static final class Export implements Callable<Integer> {

        @ParentCommand
        ArchiveCommand archive;

        @Option(names = "--out", required = true, paramLabel = "FILE.jsonl.gz", description = "File to write.")
        Path out;

        @Option(names = "--from", defaultValue = "earliest", paramLabel = "earliest|INSTANT",
                description = "First ingest instant exported (default: ${DEFAULT-VALUE}).")
        String from;

        @Option(names = "--to", paramLabel = "INSTANT", description = "First ingest instant not exported.")
        String to;

        @Option(names = "--json", description = "Progress as JSON lines on stderr (else a progress line when stderr is a terminal).")
        boolean json;

        @Override
        public Integer call() {
            ReplayRequest window = ReplayRequest.parse(from, to);
            ImportProgress counts = new ImportProgress();
            long written;
            Stages.requireBroker(archive.marsad.kafka.config().cluster());
            try (ProgressReporter progress = ProgressReporter.start("archive export", "records", counts::snapshot, json)) {
                written = new ArchiveExporter(archive.marsad.kafka.config().cluster()).export(out, window, counts);
            }
            System.out.println("marsad archive export: " + written + " records written to " + out);
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Produce archive files' records to the raw topic with their bytes, timestamps and headers. "
                + "Each file is checked whole first and written only when every line is valid; records whose id "
                + "already holds identical bytes are skipped, so importing twice is harmless. Exit 1 when a file "
                + "was refused.")
    static final class Import implements Callable<Integer> {

        @ParentCommand
        ArchiveCommand archive;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Archive files (.jsonl.gz or .jsonl).")
        List<Path> files;

        @Option(names = "--allow-takedowns",
                description = "Import takedown lines (tombstones, with their marsad.takedown header): each removes "
                    + "the article from the index and forgets it in ingest's seen-state. Without it a file holding "
                    + "a takedown is refused.")
        boolean allowTakedowns;

        @Option(names = "--json", description = "Progress as JSON lines on stderr (else a progress line when stderr is a terminal).")
        boolean json;

        @Override
        public Integer call() {
            ClusterConfig cluster = archive.marsad.kafka.config().cluster();
            Stages.requireBroker(cluster);
            Stages.provisionTopics(cluster);
            ImportProgress counts = new ImportProgress();
            ArchiveImporter.Result result;
            try (ProgressReporter progress = ProgressReporter.start("archive import", "records", counts::snapshot, json)) {
                result = new ArchiveImporter(cluster, allowTakedowns).importFiles(files, counts);
            }
            for (ArchiveImporter.FileResult file : result.files()) {
                if (file.refused()) {
                    file.problems().forEach(System.err::println);
                    System.err.println("marsad archive import: " + file.file() + " refused, nothing written: "
                            + file.problemCount() + " problem(s)" + (file.problemCount() > file.problems().size()
                            ? ", the first " + file.problems().size() + " shown" : ""));
                } else {
                    System.out.println("marsad archive import: " + file.file() + ": " + file.written() + " written ("
                            + file.takedowns() + " takedowns), " + file.present() + " already present");
                }
            }
            return result.anyRefused() ? OneLineErrors.RUNTIME_FAILURE : 0;
        }
    }
}
