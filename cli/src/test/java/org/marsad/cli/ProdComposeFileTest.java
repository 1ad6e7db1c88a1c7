package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.config.ClusterConfig;
import org.marsad.config.ConfigSources;

/**
 * docker-compose.prod.yml: three KRaft nodes replicating everything three times, stages that ask for it, and an
 * external cluster or TLS/SASL by variables. What it shares with the trial file: {@link ComposePoliciesTest}.
 */
class ProdComposeFileTest {

    private static final List<String> BROKERS = List.of("kafka-1", "kafka-2", "kafka-3");

    private final JsonNode compose = DeploymentFiles.yaml(DeploymentFiles.PROD);
    private final JsonNode services = compose.get("services");

    @Test
    void shouldReplicateEveryTopicThreeTimesWithTwoInSyncWhenRunningThreeBrokers() {
        Set<String> ids = new HashSet<>();
        for (String name : BROKERS) {
            JsonNode broker = services.get(name);
            JsonNode env = broker.get("environment");
            assertTrue(broker.get("image").asText().startsWith("apache/kafka:"), name);
            ids.add(env.get("KAFKA_NODE_ID").asText());
            assertEquals("1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093",
                    env.get("KAFKA_CONTROLLER_QUORUM_VOTERS").asText(), name);
            assertEquals("3", env.get("KAFKA_DEFAULT_REPLICATION_FACTOR").asText(), name);
            assertEquals("2", env.get("KAFKA_MIN_INSYNC_REPLICAS").asText(), name);
            assertEquals("3", env.get("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR").asText(), name);
            assertEquals("2", env.get("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR").asText(), name);
            assertEquals("3", env.get("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR").asText(), name);
            assertEquals("false", env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText(), name);
            assertTrue(ComposePoliciesTest.onNamedVolume(compose, broker, env.get("KAFKA_LOG_DIRS").asText()), name);
            assertEquals("unless-stopped", broker.path("restart").asText(), name);
        }
        assertEquals(Set.of("1", "2", "3"), ids);
    }

    @Test
    void shouldCreateTopicsWithReplicationFactorThreeOnTheBundledOrAnExternalCluster() {
        for (String stage : DeploymentFiles.marsadServices(compose).keySet()) {
            JsonNode env = services.get(stage).get("environment");
            assertEquals("3", env.get("MARSAD_TOPIC_REPLICATION_FACTOR").asText(), stage);
            String bootstrap = env.get("MARSAD_BOOTSTRAP_SERVERS").asText();
            // The bundled brokers by default, or the cluster named by MARSAD_BOOTSTRAP_SERVERS in .env.
            assertTrue(bootstrap.startsWith("${MARSAD_BOOTSTRAP_SERVERS:-"), stage + ": " + bootstrap);
            for (String broker : BROKERS) {
                assertTrue(DeploymentFiles.interpolate(bootstrap).contains(broker + ":"), stage + " lists " + broker);
            }
        }
    }

    @Test
    void shouldShowATlsAndSaslClusterThroughKafkaPassThroughKeys() {
        var example = DeploymentFiles.commentedEnvironment(DeploymentFiles.PROD);
        assertEquals("SASL_SSL", example.get("MARSAD_KAFKA_SECURITY_PROTOCOL"));
        assertTrue(example.containsKey("MARSAD_KAFKA_SASL_JAAS_CONFIG"));
        assertTrue(example.containsKey("MARSAD_KAFKA_SSL_TRUSTSTORE_LOCATION"));
        example.keySet().forEach(variable -> assertTrue(
                ConfigSources.envToKey(variable).startsWith(ClusterConfig.KAFKA_PREFIX), variable));
    }

    @Test
    void shouldRequireTheFeedListInsteadOfPollingTheSample() {
        String feeds = services.get("ingest").get("volumes").get(0).asText();
        assertTrue(feeds.startsWith("${FEEDS_FILE:?"), "production must not archive the sample feed: " + feeds);
    }
}
