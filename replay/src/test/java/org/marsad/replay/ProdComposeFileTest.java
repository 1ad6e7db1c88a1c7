package org.marsad.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.config.ClusterConfig;
import org.marsad.config.ConfigArea;
import org.marsad.config.ConfigSources;

/** docker-compose.prod.yml: three KRaft nodes replicating everything three times, stages that ask for it. */
class ProdComposeFileTest {

    private static final List<String> BROKERS = List.of("kafka-1", "kafka-2", "kafka-3");

    @Test
    void shouldReplicateEveryTopicThreeTimesWithTwoInSyncWhenRunningThreeBrokers() throws IOException {
        JsonNode services = compose().get("services");
        Set<String> ids = new HashSet<>();
        for (String name : BROKERS) {
            JsonNode env = services.get(name).get("environment");
            assertTrue(services.get(name).get("image").asText().startsWith("apache/kafka:"), name);
            ids.add(env.get("KAFKA_NODE_ID").asText());
            assertEquals("1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093",
                    env.get("KAFKA_CONTROLLER_QUORUM_VOTERS").asText(), name);
            assertEquals("3", env.get("KAFKA_DEFAULT_REPLICATION_FACTOR").asText(), name);
            assertEquals("2", env.get("KAFKA_MIN_INSYNC_REPLICAS").asText(), name);
            assertEquals("3", env.get("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR").asText(), name);
            assertEquals("2", env.get("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR").asText(), name);
            assertEquals("3", env.get("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR").asText(), name);
            assertEquals("false", env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText(), name);
        }
        assertEquals(Set.of("1", "2", "3"), ids);
    }

    @Test
    void shouldCreateTopicsWithReplicationFactorThreeWhenStagesStart() throws IOException {
        JsonNode services = compose().get("services");
        for (String stage : List.of("enrich", "sink")) {
            JsonNode env = services.get(stage).get("environment");
            assertEquals("3", env.get("MARSAD_TOPIC_REPLICATION_FACTOR").asText(), stage);
            assertEquals(stage, services.get(stage).get("command").get(0).asText());
            for (String broker : BROKERS) {
                assertTrue(env.get("MARSAD_BOOTSTRAP_SERVERS").asText().contains(broker), stage + " lists " + broker);
            }
        }
    }

    @Test
    void shouldSetOnlyRealConfigKeysWhenConfiguringStagesByEnvironment() throws IOException {
        Set<String> known = ConfigArea.allKeys();
        int checked = 0;
        for (var service : (Iterable<Map.Entry<String, JsonNode>>) compose().get("services")::fields) {
            for (var env : (Iterable<Map.Entry<String, JsonNode>>) service.getValue().path("environment")::fields) {
                if (env.getKey().startsWith("MARSAD_")) {
                    String key = ConfigSources.envToKey(env.getKey());
                    assertTrue(known.contains(key) || key.startsWith(ClusterConfig.KAFKA_PREFIX),
                            () -> service.getKey() + " sets " + env.getKey() + ", which is not a Marsad key");
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "no MARSAD_ variable was checked");
    }

    private static JsonNode compose() throws IOException {
        try (InputStream in = ProdComposeFileTest.class.getResourceAsStream("/docker-compose.prod.yml")) {
            if (in == null) {
                throw new IOException("docker-compose.prod.yml is not on the test classpath");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }
}
