package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.KafkaBroker;
import org.marsad.config.ClusterConfig;
import org.marsad.config.EnrichKeys;
import org.marsad.fixtures.Poll;
import org.marsad.fixtures.TestKafka;
import org.marsad.model.Topics;

/** A stage process tells its supervisor when it cannot work: exit 1 at start without a broker, or when it fails. */
class StageLifecycleIT {

    private static final Duration DEADLINE = Duration.ofSeconds(120);

    @TempDir
    static Path dir;
    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = TestKafka.start(dir.resolve("broker"));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void shouldExitOneNamingTheStageWhenItsStreamsClientFails() throws Exception {
        int port = FreePort.find();
        CliRun done = runUntilRawTopicDeleted(port, "enrich", "--http-port", String.valueOf(port),
                "--set", EnrichKeys.STATE_DIR + "=" + dir.resolve("enrich-state"));

        assertEquals(1, done.code(), done::toString);
        assertTrue(done.errLines().stream().anyMatch(line -> line.startsWith("marsad enrich: the enrich stage failed: ")
                && line.endsWith("; stopping with exit 1")), done::toString);
    }

    @Test
    void shouldStopTheWholePipelineWithExitOneWhenOneStageOfUpFails() throws Exception {
        int port = FreePort.find();
        CliRun done = runUntilRawTopicDeleted(port, "up", "--http-port", String.valueOf(port),
                "--data-dir", dir.resolve("up").toString(), "--set", "marsad.ingest.http.port=0");

        assertEquals(1, done.code(), done::toString);
        assertTrue(done.errLines().stream().anyMatch(line -> line.startsWith("marsad up: the enrich stage failed: ")),
                done::toString);
    }

    /**
     * Runs a stage command until it is ready, then deletes its source topic under it, which fails its Streams
     * client for real (every replaced thread finds the topic missing), and waits for the command to end.
     */
    private static CliRun runUntilRawTopicDeleted(int port, String... command) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(command));
        // A short metadata age so the stage sees its deleted source topic at once instead of after 5 minutes, and
        // short sessions: a failed stream thread does not leave its group, so each replacement waits one session.
        args.addAll(List.of("--bootstrap-servers", broker.bootstrapServers(),
                "--kafka-property", "metadata.max.age.ms=500", "--kafka-property", "session.timeout.ms=6000",
                "--kafka-property", "heartbeat.interval.ms=1000"));
        CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() -> CliRun.marsad(args.toArray(String[]::new)),
                daemonThread());
        Poll.until(command[0] + " is ready", DEADLINE, () -> run.isDone() || status(port, "/health/ready") == 200);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.deleteTopics(List.of(Topics.RAW)).all().get();
        }
        return run.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void shouldGiveUpWithinTheTimeoutNamingTheAddressWhenNoBrokerAnswers() throws Exception {
        String nowhere = "127.0.0.1:" + FreePort.find();
        Path file = Files.writeString(dir.resolve("one.txt"), "عنوان\n\nنص قصير كتبناه للاختبار.\n");
        for (List<String> command : List.of(List.of("ingest", file.toString()), List.of("enrich"),
                List.of("tail", "--idle-timeout", "3s"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--bootstrap-servers", nowhere, "--http-port", "0",
                    "--set", ClusterConfig.CONNECT_TIMEOUT_CONFIG + "=2s"));
            long started = System.nanoTime();

            CliRun run = CliRun.marsad(args.toArray(String[]::new));

            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(1, run.code(), run::toString);
            assertTrue(run.errLines().contains("marsad " + command.get(0) + ": cannot reach Kafka at " + nowhere
                    + " (no answer within 2 s; set " + ClusterConfig.CONNECT_TIMEOUT_CONFIG + " to wait longer)"),
                    run::toString);
            // Generous against a loaded machine, far below Kafka's own 60 s default that this replaces.
            assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, command + " took " + took);
        }
    }

    private static java.util.concurrent.Executor daemonThread() {
        return task -> {
            Thread thread = new Thread(task, "marsad-under-test");
            // A stage that never fails must not keep the test JVM alive after the assertion timed out.
            thread.setDaemon(true);
            thread.start();
        };
    }

    private static int status(int port, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
