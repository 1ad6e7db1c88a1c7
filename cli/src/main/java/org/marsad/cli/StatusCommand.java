package org.marsad.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.marsad.config.ClusterConfig;
import org.marsad.config.MarsadConfig;
import org.marsad.enrich.EnrichConfig;
import org.marsad.ingest.IngestConfig;
import org.marsad.model.DeadLetterHeaders;
import org.marsad.model.Json;
import org.marsad.model.Topics;
import org.marsad.ops.IngestFeeds;
import org.marsad.ops.PipelineStatus;
import org.marsad.ops.StatusReport;
import org.marsad.replay.ReplayService;
import org.marsad.sink.SinkConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marsad status}: the topics, each stage's lag, the dead letters and running replays, read from the
 * cluster (it needs no running stage and joins no group); with {@code --ingest-url}, also the ingest service's
 * feeds from its operations port.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show topics, stage lag, dead letters, running replays and (--ingest-url) the feeds.")
final class StatusCommand implements Callable<Integer> {

    private static final int LATEST_REASONS = 5;

    @ParentCommand
    Marsad marsad;

    @Option(names = "--json", description = "Print the status as one JSON object.")
    boolean json;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "15s",
            description = "Give up when Kafka does not answer within this time (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--ingest-url", paramLabel = "URL",
            description = "The ingest service's operations port (e.g. http://127.0.0.1:8091): also show its feeds.")
    String ingestUrl;

    @Override
    public Integer call() throws Exception {
        MarsadConfig config = marsad.kafka.config();
        ClusterConfig cluster = config.cluster();
        Duration wait = IngestConfig.parseDuration(timeout);
        Map<String, Object> adminConfig = new HashMap<>(cluster.clientBase());
        // Also bounds Admin.close(), which otherwise waits up to a minute for calls to a broker that is not there.
        adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) wait.toMillis());
        adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) wait.toMillis());
        Map<String, Object> readerConfig = new HashMap<>(cluster.clientBase());
        readerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        readerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        StatusReport report;
        try (Admin admin = Admin.create(adminConfig);
                var reader = new KafkaConsumer<>(readerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            report = new PipelineStatus(admin, reader, wait).read(
                    List.of(Topics.RAW, Topics.ENRICHED, Topics.INDEX, Topics.DLQ, Topics.INGEST_SEEN),
                    List.of(EnrichConfig.from(config).applicationId(), SinkConfig.from(config).applicationId()),
                    ReplayService.APPLICATION_PREFIX, Topics.DLQ, DeadLetterHeaders.REASON, LATEST_REASONS);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("cannot read the status from Kafka at " + cluster.bootstrapServers()
                    + ": " + e.getMessage(), e);
        }
        if (ingestUrl != null) {
            report = report.withFeeds(IngestFeeds.read(ingestUrl, wait));
        }
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(report));
        } else {
            print(report, System.out);
        }
        return 0;
    }

    private static void print(StatusReport report, PrintStream out) {
        out.printf("%-28s %10s %14s %14s%n", "topic", "partitions", "offsets", "bytes on disk");
        for (StatusReport.TopicStatus topic : report.topics()) {
            out.printf("%-28s %10d %14d %14d%n", topic.name(), topic.partitions().size(), topic.records(), topic.bytes());
        }
        out.println();
        out.printf("%-28s %10s%n", "stage group", "lag");
        for (StatusReport.GroupLag group : report.groups()) {
            out.printf("%-28s %10s%n", group.group(),
                    group.partitions().isEmpty() ? "no offsets committed" : Long.toString(group.lag()));
        }
        out.println();
        out.printf("dead letters: %d offsets in %s%n", report.deadLetters().offsets(), report.deadLetters().topic());
        for (StatusReport.DeadLetter letter : report.deadLetters().latest()) {
            out.printf("  %s  %s  %s%n", letter.at(), TerminalText.escape(String.valueOf(letter.key())),
                    TerminalText.escape(String.valueOf(letter.reason())));
        }
        out.println(report.replays().isEmpty() ? "replays running: none" : "replays running: " + report.replays());
        if (report.feeds() != null) {
            printFeeds(report.feeds(), out);
        }
    }

    private static void printFeeds(List<StatusReport.FeedState> feeds, PrintStream out) {
        out.println();
        out.printf("%-28s %-22s %-22s %7s %7s %9s %8s  %s%n", "feed", "last poll", "last error", "polls", "new",
                "duplicate", "rejected", "last error message");
        for (StatusReport.FeedState feed : feeds) {
            out.printf("%-28s %-22s %-22s %7d %7d %9d %8d  %s%n", TerminalText.escape(String.valueOf(feed.name())),
                    orNever(feed.lastPoll()), orNever(feed.lastError()), feed.polls(), feed.fresh(), feed.duplicate(),
                    feed.rejected(), feed.lastErrorMessage() == null ? "" : TerminalText.escape(feed.lastErrorMessage()));
        }
    }

    private static String orNever(Instant at) {
        return at == null ? "never" : at.toString();
    }
}
