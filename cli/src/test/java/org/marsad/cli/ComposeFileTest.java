package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.config.ClusterConfig;
import org.marsad.config.ConfigArea;
import org.marsad.config.ConfigSources;

/** docker-compose.yml parses, has the documented shape, and sets only real Marsad configuration keys. */
class ComposeFileTest {

    @Test
    void shouldSetOnlyRealConfigKeysWhenConfiguringStagesByEnvironment() throws Exception {
        JsonNode services = compose().get("services");
        Set<String> known = ConfigArea.allKeys();
        int checked = 0;
        for (var service : (Iterable<Map.Entry<String, JsonNode>>) services::fields) {
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

    @Test
    void shouldRunOneKraftBrokerWithoutAutoTopicCreation() throws Exception {
        JsonNode kafka = compose().get("services").get("kafka");
        assertTrue(kafka.get("image").asText().startsWith("apache/kafka:"));
        assertEquals("false", kafka.get("environment").get("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText());
        assertTrue(!kafka.get("environment").get("CLUSTER_ID").asText().isBlank());
        assertTrue(kafka.get("environment").get("KAFKA_LISTENERS").asText().contains("INTERNAL"));
    }

    @Test
    void shouldRunEveryStageFromTheOneImage() throws Exception {
        JsonNode services = compose().get("services");
        for (String stage : new String[] {"ingest-service", "enrich", "sink"}) {
            String service = stage.equals("ingest-service") ? "ingest" : stage;
            assertEquals("marsad:latest", services.get(service).get("image").asText(), stage);
            assertEquals(stage, services.get(service).get("command").get(0).asText(), stage);
        }
    }

    private static JsonNode compose() throws Exception {
        try (InputStream in = ComposeFileTest.class.getResourceAsStream("/docker-compose.yml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }
}
