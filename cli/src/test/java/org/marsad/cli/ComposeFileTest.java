package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.feed.FeedListFile;
import org.marsad.ingest.feed.FeedParser;
import org.marsad.ingest.feed.FeedSpec;

/**
 * docker-compose.yml, the single-broker trial (#19): the archive and the state survive {@code down}, the sample
 * feed is polled as shipped, monitoring only on request. What it shares with the production file:
 * {@link ComposePoliciesTest}.
 */
class ComposeFileTest {

    private final JsonNode compose = DeploymentFiles.yaml(DeploymentFiles.DEV);
    private final JsonNode services = compose.get("services");

    @Test
    void shouldRunOneKraftBrokerWithoutAutoTopicCreation() {
        JsonNode kafka = services.get("kafka");
        assertTrue(kafka.get("image").asText().startsWith("apache/kafka:"));
        assertEquals("false", kafka.get("environment").get("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText());
        assertFalse(kafka.get("environment").get("CLUSTER_ID").asText().isBlank());
        assertTrue(kafka.get("environment").get("KAFKA_LISTENERS").asText().contains("INTERNAL"));
    }

    @Test
    void shouldKeepTheArchiveInANamedVolumeWhenTheBrokerIsRemoved() {
        JsonNode kafka = services.get("kafka");
        String logDirs = kafka.get("environment").get("KAFKA_LOG_DIRS").asText();
        assertTrue(ComposePoliciesTest.onNamedVolume(compose, kafka, logDirs), "Kafka's log dir " + logDirs);
        assertEquals("unless-stopped", kafka.path("restart").asText());
    }

    @Test
    void shouldPollTheMountedSampleFeedWhenStartedAsShipped() throws Exception {
        JsonNode ingest = services.get("ingest");
        String feedsFile = DeploymentFiles.environment(ingest).get("MARSAD_FEEDS_FILE");
        Map<String, String> mounts = readOnlyMounts(ingest);
        assertTrue(mounts.containsKey(feedsFile), "MARSAD_FEEDS_FILE " + feedsFile + " is not mounted read-only");

        List<FeedSpec> feeds = FeedListFile.read(hostPath(mounts.get(feedsFile)), Duration.ofMinutes(5));
        assertFalse(feeds.isEmpty(), "the sample feed list lists no feed");
        for (FeedSpec feed : feeds) {
            // A file feed must lie under a directory mounted from the repository, and parse to articles.
            String mounted = mounts.keySet().stream().filter(target -> feed.location().startsWith(target + "/"))
                    .findFirst().orElseThrow(() -> new AssertionError(feed.location() + " is not mounted"));
            Path file = hostPath(mounts.get(mounted) + feed.location().substring(mounted.length()));
            var parsed = new FeedParser(500, 256).parse(Files.readAllBytes(file), "application/rss+xml", feed);
            assertFalse(parsed.items().isEmpty(), feed.location() + " has no item");
            assertEquals(0, parsed.withoutLink(), feed.location());
        }
    }

    @Test
    void shouldRunMonitoringOnlyWhenItsProfileIsAsked() {
        for (String name : List.of("prometheus", "grafana")) {
            JsonNode service = services.get(name);
            assertEquals(List.of("monitoring"), ComposePoliciesTest.strings(service.get("profiles")), name);
        }
        assertTrue(readOnlyMounts(services.get("prometheus")).containsValue("./deploy/prometheus/prometheus.yml"));
        assertTrue(readOnlyMounts(services.get("grafana")).containsValue("./deploy/grafana/provisioning"));
        assertTrue(readOnlyMounts(services.get("grafana")).containsValue("./deploy/grafana/dashboards"));
    }

    /** Target -> source of a service's read-only mounts. */
    private static Map<String, String> readOnlyMounts(JsonNode service) {
        Map<String, String> mounts = new HashMap<>();
        for (String[] volume : DeploymentFiles.volumes(service)) {
            if (volume.length == 3 && volume[2].equals("ro")) {
                mounts.put(volume[1], volume[0]);
            }
        }
        return mounts;
    }

    /** A compose source path ({@code ./deploy/...}, relative to the repository root) on the test classpath. */
    private static Path hostPath(String source) {
        assertTrue(source.startsWith("./"), source + " is not relative to the compose file");
        return DeploymentFiles.path(source.substring(2));
    }
}
