package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code marsad} command. Exit codes: 0 ok, 1 runtime failure, 2 usage error; every failure prints one
 * line naming what was wrong.
 */
@Command(name = "marsad", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Arabic-first news ingestion and enrichment on Apache Kafka.",
        subcommands = {DemoCommand.class, UpCommand.class, IngestCommand.class, IngestServiceCommand.class,
            EnrichCommand.class, SinkCommand.class, TailCommand.class, ExtractCommand.class, ReplayCommand.class,
            ArchiveCommand.class, DeleteCommand.class, StatusCommand.class, TrainNerCommand.class, ConfigCommand.class,
            SearchCommand.class, SearchServiceCommand.class})
public final class Marsad {

    @Mixin
    KafkaOptions kafka = new KafkaOptions();

    @Option(names = LogFormat.OPTION, scope = ScopeType.INHERIT, paramLabel = "text|json",
            description = "Log lines as text (default) or one JSON object per line (env MARSAD_LOG_FORMAT).")
    LogFormat logFormat;

    public static void main(String[] args) {
        LogFormat format = LogFormat.requested(args);
        if (format != null) {
            System.setProperty(LogFormat.PROPERTY, format.name());
        }
        System.exit(run(args));
    }

    /** Runs the command line in-process and returns the exit code (tests call this). */
    public static int run(String... args) {
        Marsad marsad = new Marsad();
        CommandLine commandLine = new CommandLine(marsad)
                .setExecutionExceptionHandler(new OneLineErrors())
                .setParameterExceptionHandler(new OneLineErrors())
                .setExecutionStrategy(parseResult -> {
                    // Every command starts by parsing the configuration, even one that reads none of it, so a
                    // misspelt key stops any start-up instead of silently doing nothing.
                    if (!parseResult.isUsageHelpRequested() && !parseResult.isVersionHelpRequested()
                            && parseResult.hasSubcommand() && !helpRequested(parseResult.subcommand())) {
                        try {
                            marsad.kafka.config();
                        } catch (RuntimeException e) {
                            // Wrapped so picocli hands the cause to OneLineErrors, like a failure inside a command.
                            CommandLine sub = parseResult.subcommand().commandSpec().commandLine();
                            throw new CommandLine.ExecutionException(sub, e.getMessage(), e);
                        }
                    }
                    return new CommandLine.RunLast().execute(parseResult);
                });
        return commandLine.execute(args);
    }

    private static boolean helpRequested(CommandLine.ParseResult sub) {
        return sub.isUsageHelpRequested() || sub.isVersionHelpRequested();
    }
}
