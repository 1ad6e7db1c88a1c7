package org.marsad.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.marsad.broker.ClusterConfig;
import org.marsad.broker.ConfigSources;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every Kafka-facing subcommand accepts, before or after the subcommand name. Precedence:
 * defaults, then the properties file, then {@code MARSAD_*} environment variables, then these flags.
 */
final class KafkaOptions {

    @Option(names = "--bootstrap-servers", scope = ScopeType.INHERIT, paramLabel = "HOST:PORT[,...]",
            description = "Kafka bootstrap servers (env MARSAD_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Properties file: marsad.* keys, and plain Kafka client properties passed to every client.")
    Path configFile;

    @Option(names = "--kafka-property", scope = ScopeType.INHERIT, paramLabel = "KEY=VALUE",
            description = "A Kafka client property for every client (TLS, SASL...); repeatable.")
    Map<String, String> kafkaProperties = new LinkedHashMap<>();

    @Option(names = "--set", scope = ScopeType.INHERIT, paramLabel = "KEY=VALUE",
            description = "A marsad.* configuration key; repeatable.")
    Map<String, String> settings = new LinkedHashMap<>();

    /** Every marsad.* key from all sources, flags last. */
    Map<String, String> keys() {
        Map<String, String> overrides = new HashMap<>(settings);
        kafkaProperties.forEach((key, value) -> overrides.put(ClusterConfig.KAFKA_PREFIX + key, value));
        if (bootstrapServers != null) {
            overrides.put(ClusterConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        }
        return ConfigSources.merge(configFile, System.getenv(), overrides);
    }

    /** True when the user named a cluster (flag, environment or file), so no embedded broker is wanted. */
    boolean clusterGiven() {
        return keys().containsKey(ClusterConfig.BOOTSTRAP_SERVERS_CONFIG);
    }
}
