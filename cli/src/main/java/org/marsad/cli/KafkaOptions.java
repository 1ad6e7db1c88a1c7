package org.marsad.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.marsad.config.ClusterConfig;
import org.marsad.config.ConfigSources;
import org.marsad.config.HttpKeys;
import org.marsad.config.MarsadConfig;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every Kafka-facing subcommand accepts, before or after the subcommand name; the flags are shorthands
 * of configuration keys. Precedence:
 * defaults, then the properties file, then {@code MARSAD_*} environment variables, then these flags.
 */
final class KafkaOptions {

    @Option(names = "--bootstrap-servers", scope = ScopeType.INHERIT, paramLabel = "HOST:PORT[,...]",
            description = "Kafka bootstrap servers (env MARSAD_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--http-port", scope = ScopeType.INHERIT, paramLabel = "N",
            description = "Operations port of a long-running command: /metrics, /health/*, /api/search; 0 turns it "
                    + "off (key marsad.http.port, default 8091).")
    Integer httpPort;

    @Option(names = "--http-host", scope = ScopeType.INHERIT, paramLabel = "HOST",
            description = "Address of the operations port (key marsad.http.host, default 127.0.0.1).")
    String httpHost;

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Properties file: marsad.* keys, and plain Kafka client properties passed to every client.")
    Path configFile;

    @Option(names = "--kafka-property", scope = ScopeType.INHERIT, paramLabel = "KEY=VALUE",
            description = "A Kafka client property for every client (TLS, SASL...); repeatable.")
    Map<String, String> kafkaProperties = new LinkedHashMap<>();

    @Option(names = "--set", scope = ScopeType.INHERIT, paramLabel = "KEY=VALUE",
            description = "A marsad.* configuration key; repeatable.")
    Map<String, String> settings = new LinkedHashMap<>();

    private MarsadConfig parsed;

    /**
     * The configuration from every source, flags last, parsed on first use and kept: a command parses it once.
     * Unknown {@code MARSAD_*} environment variables are reported on stderr.
     */
    MarsadConfig config() {
        if (parsed == null) {
            Map<String, String> flags = new HashMap<>(settings);
            kafkaProperties.forEach((key, value) -> flags.put(ClusterConfig.KAFKA_PREFIX + key, value));
            if (bootstrapServers != null) {
                flags.put(ClusterConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            }
            if (httpPort != null) {
                flags.put(HttpKeys.PORT, httpPort.toString());
            }
            if (httpHost != null) {
                flags.put(HttpKeys.HOST, httpHost);
            }
            parsed = MarsadConfig.parse(ConfigSources.read(configFile, System.getenv(), flags),
                    StreamsConfig.configDef().names());
            parsed.warnings().forEach(System.err::println);
        }
        return parsed;
    }

    /** True when the user named a cluster (flag, environment or file), so no embedded broker is wanted. */
    boolean clusterGiven() {
        return config().isSet(ClusterConfig.BOOTSTRAP_SERVERS_CONFIG);
    }
}
