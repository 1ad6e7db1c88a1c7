package org.marsad.broker;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/**
 * Merges Marsad's configuration sources into one {@code marsad.*} key map: a properties file, then the
 * environment ({@code MARSAD_X_Y} is {@code marsad.x.y}), then explicit overrides such as command-line
 * flags. Later sources win; defaults live with each key's declaration.
 */
public final class ConfigSources {

    private static final String ENV_PREFIX = "MARSAD_";
    private static final String KEY_PREFIX = "marsad.";
    /** Environment variables that name a test selection, not a configuration key. */
    private static final String TEST_SELECTOR = TestKafka.SELECTOR_ENV;

    private ConfigSources() {
    }

    public static Map<String, String> merge(Path propertiesFile, Map<String, String> env, Map<String, String> overrides) {
        Map<String, String> merged = new HashMap<>();
        if (propertiesFile != null) {
            merged.putAll(readProperties(propertiesFile));
        }
        merged.putAll(fromEnvironment(env));
        merged.putAll(overrides);
        return merged;
    }

    /**
     * Parses the keys {@code definition} declares, ignoring the rest (other stages' keys); a bad value fails
     * with Kafka's ConfigException naming the key and the value.
     */
    public static AbstractConfig parse(ConfigDef definition, Map<String, String> keys) {
        Map<String, String> own = new HashMap<>();
        definition.names().stream().filter(keys::containsKey).forEach(name -> own.put(name, keys.get(name)));
        return new AbstractConfig(definition, own, false);
    }

    /** {@code MARSAD_TOPIC_PARTITIONS=6} becomes {@code marsad.topic.partitions=6}. */
    public static Map<String, String> fromEnvironment(Map<String, String> env) {
        Map<String, String> keys = new HashMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && !name.equals(TEST_SELECTOR)) {
                keys.put(envToKey(name), value);
            }
        });
        return keys;
    }

    /** The configuration key an environment variable stands for. */
    public static String envToKey(String envName) {
        return envName.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** The environment variable that sets a configuration key. */
    public static String keyToEnv(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    private static Map<String, String> readProperties(Path file) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read configuration file " + file, e);
        }
        Map<String, String> keys = new HashMap<>();
        props.stringPropertyNames().forEach(name -> {
            // A plain Kafka client property in the file is passed through to every client.
            String key = name.startsWith(KEY_PREFIX) ? name : ClusterConfig.KAFKA_PREFIX + name;
            keys.put(key, props.getProperty(name));
        });
        return keys;
    }
}
