package org.marsad.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * Marsad's whole configuration, parsed once per process: every area's keys checked against their
 * {@link ConfigDef}, unknown keys refused (from a file or a flag) or warned about (from the environment).
 * Stages take the typed records built from it and never see the raw keys.
 */
public final class MarsadConfig {

    private static final AtomicInteger PARSES = new AtomicInteger();

    private final Map<String, SourcedValue> given;
    private final Map<ConfigArea, AbstractConfig> areas;
    private final ClusterConfig cluster;
    private final KafkaClientKeys kafkaKeys;
    private final List<String> warnings;

    private MarsadConfig(Map<String, SourcedValue> given, Map<ConfigArea, AbstractConfig> areas, ClusterConfig cluster,
            KafkaClientKeys kafkaKeys, List<String> warnings) {
        this.given = given;
        this.areas = areas;
        this.cluster = cluster;
        this.kafkaKeys = kafkaKeys;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Parses every key; fails with a ConfigException naming the key, the value or the nearest known key.
     *
     * @param given the merged sources ({@link ConfigSources#read})
     * @param extraKafkaNames client property names beyond the producer's, consumer's and admin's (Kafka Streams')
     */
    public static MarsadConfig parse(Map<String, SourcedValue> given, Set<String> extraKafkaNames) {
        PARSES.incrementAndGet();
        KafkaClientKeys kafkaKeys = new KafkaClientKeys(extraKafkaNames);
        List<String> warnings = new UnknownKeys(kafkaKeys.names()).check(given);
        Map<ConfigArea, AbstractConfig> areas = new EnumMap<>(ConfigArea.class);
        for (ConfigArea area : ConfigArea.values()) {
            Map<String, String> own = new HashMap<>();
            area.definition().names().stream().filter(given::containsKey)
                    .forEach(name -> own.put(name, given.get(name).value()));
            areas.put(area, new AbstractConfig(area.definition(), own, false));
        }
        IngestKeys.checkTogether(areas.get(ConfigArea.INGEST));
        Map<String, Object> client = new HashMap<>();
        given.forEach((key, value) -> {
            if (key.startsWith(ClusterConfig.KAFKA_PREFIX)) {
                client.put(key.substring(ClusterConfig.KAFKA_PREFIX.length()), value.value());
            }
        });
        ClusterConfig cluster = ClusterConfig.from(areas.get(ConfigArea.CLUSTER), client);
        return new MarsadConfig(Map.copyOf(given), areas, cluster, kafkaKeys, warnings);
    }

    /** Parses keys given as if by flags: what tests, benchmarks and tools without a command line use. */
    public static MarsadConfig parse(Map<String, String> keys) {
        return parse(ConfigSources.read(null, Map.of(), keys), Set.of());
    }

    /** How many times this process parsed its configuration; the CLI parses once per command. */
    public static int parseCount() {
        return PARSES.get();
    }

    public ClusterConfig cluster() {
        return cluster;
    }

    /** One area's parsed values, read with the typed getters of {@link AbstractConfig}. */
    public AbstractConfig area(ConfigArea area) {
        return areas.get(area);
    }

    /** True when a source other than the defaults set {@code key}. */
    public boolean isSet(String key) {
        return given.containsKey(key);
    }

    /** Unknown {@code MARSAD_*} environment variables: said once, never fatal. */
    public List<String> warnings() {
        return warnings;
    }

    /** Every declared key and every pass-through client property, with its value and source; secrets masked. */
    public List<EffectiveValue> effective() {
        List<EffectiveValue> values = new ArrayList<>();
        for (ConfigArea area : ConfigArea.values()) {
            Map<String, ?> parsed = areas.get(area).values();
            for (String key : area.definition().names()) {
                Object value = parsed.get(key);
                String shown = value instanceof Password ? EffectiveValue.MASK : String.valueOf(value);
                values.add(effective(key, shown));
            }
        }
        given.keySet().stream().filter(key -> key.startsWith(ClusterConfig.KAFKA_PREFIX)).sorted().forEach(key -> {
            boolean secret = kafkaKeys.secret(key.substring(ClusterConfig.KAFKA_PREFIX.length()));
            values.add(effective(key, secret ? EffectiveValue.MASK : given.get(key).value()));
        });
        return values;
    }

    private EffectiveValue effective(String key, String shown) {
        SourcedValue source = given.get(key);
        return source == null ? new EffectiveValue(key, shown, ConfigSource.DEFAULT, "")
                : new EffectiveValue(key, shown, source.source(), source.origin());
    }

    /** Thrown for a key no area declares; the message names the key, its source and the nearest known key. */
    static ConfigException unknown(String key, SourcedValue value, String nearest) {
        return new ConfigException("Unknown configuration key " + key + " (from " + value.origin()
                + "); nearest known key: " + nearest);
    }
}
