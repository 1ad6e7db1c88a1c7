package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.cli.DeploymentFiles.marsadServices;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.config.ConfigSources;
import org.marsad.config.HttpKeys;
import org.marsad.config.MarsadConfig;
import org.marsad.streams.StreamsStage;
import picocli.CommandLine;

/**
 * What both compose files promise for every Marsad service (#19): real configuration keys, a command the CLI
 * accepts, restarts, a readiness health check, a stop grace period longer than the Streams close time-out,
 * start-up only after what a stage needs is healthy, and ports published on the loopback address only.
 */
class ComposePoliciesTest {

    private static final Set<String> STAGES = Set.of("ingest", "enrich", "sink", "search");

    @ParameterizedTest
    @ValueSource(strings = {DeploymentFiles.DEV, DeploymentFiles.PROD})
    void shouldRunEveryStageFromTheOneImage(String file) {
        assertEquals(STAGES, marsadServices(DeploymentFiles.yaml(file)).keySet(), file);
    }

    @ParameterizedTest
    @ValueSource(strings = {DeploymentFiles.DEV, DeploymentFiles.PROD})
    void shouldSetOnlyValidConfigurationWhenConfiguringStagesByEnvironment(String file) {
        Map<String, Map<String, String>> environments = new HashMap<>();
        marsadServices(DeploymentFiles.yaml(file)).forEach(
                (name, service) -> environments.put(name, DeploymentFiles.environment(service)));
        environments.put("the comments", DeploymentFiles.commentedEnvironment(file));
        int checked = 0;
        for (var environment : environments.entrySet()) {
            Map<String, String> keys = new HashMap<>();
            environment.getValue().forEach((variable, value) -> {
                if (variable.startsWith(ConfigSources.ENV_PREFIX) && !ConfigSources.NOT_KEYS.contains(variable)) {
                    keys.put(ConfigSources.envToKey(variable), value);
                }
            });
            // The CLI's own parse: an unknown key (marsad.kafka.* must name a Kafka client property) or a bad
            // value fails here exactly as it would stop the container.
            assertDoesNotThrow(() -> MarsadConfig.parse(keys), () -> file + ": " + environment.getKey());
            checked += keys.size();
        }
        assertTrue(checked > 10, file + ": only " + checked + " MARSAD_ variables checked");
    }

    @ParameterizedTest
    @ValueSource(strings = {DeploymentFiles.DEV, DeploymentFiles.PROD})
    void shouldGiveEveryStageACommandTheCliAccepts(String file) {
        marsadServices(DeploymentFiles.yaml(file)).forEach((name, service) -> {
            List<String> command = new ArrayList<>();
            service.get("command").forEach(argument -> command.add(argument.asText()));
            assertDoesNotThrow(() -> new CommandLine(new Marsad()).parseArgs(command.toArray(String[]::new)),
                    () -> file + ": " + name + " runs " + command);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {DeploymentFiles.DEV, DeploymentFiles.PROD})
    void shouldRestartAndCheckReadinessOfEveryStage(String file) {
        marsadServices(DeploymentFiles.yaml(file)).forEach((name, service) -> {
            String where = file + ": " + name;
            assertEquals("unless-stopped", service.path("restart").asText(), where);
            assertEquals(List.of("CMD", "marsad-health-ready"), strings(service.path("healthcheck").path("test")), where);
            // The check runs inside the container on 127.0.0.1; 0.0.0.0 lets Prometheus scrape the same port.
            assertEquals("0.0.0.0", DeploymentFiles.environment(service).get(ConfigSources.keyToEnv(HttpKeys.HOST)),
                    where);
            assertFalse(DeploymentFiles.environment(service).containsKey(ConfigSources.keyToEnv(HttpKeys.PORT)),
                    where + ": the health check asks the default operations port");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {DeploymentFiles.DEV, DeploymentFiles.PROD})
    void shouldWaitLongerThanTheStreamsCloseTimeOutWhenStopping(String file) {
        marsadServices(DeploymentFiles.yaml(file)).forEach((name, service) -> {
            String grace = service.path("stop_grace_period").asText();
            assertFalse(grace.isEmpty(), file + ": " + name + " has no stop_grace_period (Docker's default is 10s)");
            assertTrue(DeploymentFiles.duration(grace).compareTo(StreamsStage.CLOSE_TIMEOUT) > 0,
                    () -> file + ": " + name + " is killed after " + grace + ", before Streams' "
                            + StreamsStage.CLOSE_TIMEOUT + " close");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {DeploymentFiles.DEV, DeploymentFiles.PROD})
    void shouldStartAStageOnlyWhenWhatItNeedsIsHealthy(String file) {
        JsonNode services = DeploymentFiles.yaml(file).get("services");
        marsadServices(DeploymentFiles.yaml(file)).forEach((name, service) -> {
            assertTrue(service.path("depends_on").size() > 0, file + ": " + name + " waits for nothing");
            service.path("depends_on").fields().forEachRemaining(dependency -> {
                String where = file + ": " + name + " -> " + dependency.getKey();
                assertEquals("service_healthy", dependency.getValue().path("condition").asText(), where);
                assertFalse(services.path(dependency.getKey()).path("healthcheck").isMissingNode(), where);
            });
        });
        assertTrue(services.path("sink").path("depends_on").has("enrich"), file);
        assertTrue(services.path("search").path("depends_on").has("sink"), file);
    }

    @ParameterizedTest
    @ValueSource(strings = {DeploymentFiles.DEV, DeploymentFiles.PROD})
    void shouldPublishPortsOnTheLoopbackAddressOnly(String file) {
        DeploymentFiles.yaml(file).get("services").fields().forEachRemaining(service ->
                service.getValue().path("ports").forEach(port -> assertTrue(port.asText().startsWith("127.0.0.1:"),
                        () -> file + ": " + service.getKey() + " publishes " + port.asText())));
        assertEquals(List.of("127.0.0.1:8090:8090"),
                strings(DeploymentFiles.yaml(file).get("services").get("ingest").get("ports")), file);
    }

    @ParameterizedTest
    @ValueSource(strings = {DeploymentFiles.DEV, DeploymentFiles.PROD})
    void shouldRefuseToStartWithoutThePushToken(String file) {
        String token = DeploymentFiles.yaml(file).get("services").get("ingest").get("environment")
                .get("MARSAD_INGEST_HTTP_TOKEN").asText();
        assertTrue(token.matches("\\$\\{MARSAD_INGEST_HTTP_TOKEN:\\?.+}"), file + ": the token is " + token);
        assertTrue(DeploymentFiles.text(".env.example").lines().anyMatch("MARSAD_INGEST_HTTP_TOKEN="::equals),
                ".env.example names the token and leaves it empty, so a copied example does not start");
    }

    @ParameterizedTest
    @ValueSource(strings = {DeploymentFiles.DEV, DeploymentFiles.PROD})
    void shouldKeepStateInNamedVolumes(String file) {
        JsonNode compose = DeploymentFiles.yaml(file);
        JsonNode services = compose.get("services");
        String sinkState = DeploymentFiles.environment(services.get("sink")).get("MARSAD_SINK_STATE_DIR");
        assertTrue(onNamedVolume(compose, services.get("sink"), sinkState), file + ": sink state " + sinkState);
        String searchIndex = DeploymentFiles.environment(services.get("search")).get("MARSAD_SEARCH_INDEX_DIR");
        assertTrue(onNamedVolume(compose, services.get("search"), searchIndex), file + ": search index " + searchIndex);
    }

    /** True when {@code path} lies under a mount of a volume declared in the file's top-level {@code volumes}. */
    static boolean onNamedVolume(JsonNode compose, JsonNode service, String path) {
        return DeploymentFiles.volumes(service).stream().anyMatch(volume -> compose.path("volumes").has(volume[0])
                && (path.equals(volume[1]) || path.startsWith(volume[1] + "/")));
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
