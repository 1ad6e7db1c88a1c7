package org.marsad.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges Marsad's configuration sources into one {@code marsad.*} key map, remembering where each value came
 * from: a properties file, then the environment ({@code MARSAD_X_Y} is {@code marsad.x.y}), then flags.
 * Later sources win; defaults live with each key's declaration in a {@link ConfigArea}.
 */
public final class ConfigSources {

    /** Prefix of the environment variables that set keys. */
    public static final String ENV_PREFIX = "MARSAD_";
    private static final String KEY_PREFIX = "marsad.";
    /** The launcher's JVM options (./marsad). */
    public static final String JAVA_OPTS_ENV = "MARSAD_JAVA_OPTS";
    /** Which broker the broker tests use (TestKafka). */
    public static final String TEST_KAFKA_ENV = "MARSAD_TEST_KAFKA";
    /** Where eval/score.py writes its report. */
    public static final String EVAL_OUT_ENV = "MARSAD_OUT";
    /** The CLI's log format, read by its logback.xml before any configuration is parsed. */
    public static final String LOG_FORMAT_ENV = "MARSAD_LOG_FORMAT";
    /** {@code MARSAD_*} variables that are not configuration keys. */
    public static final Set<String> NOT_KEYS = Set.of(JAVA_OPTS_ENV, TEST_KAFKA_ENV, EVAL_OUT_ENV, LOG_FORMAT_ENV);

    private ConfigSources() {
    }

    /**
     * Every key from the file (may be null), the environment and the flags, the flags last; a plain Kafka
     * client property in the file becomes {@code marsad.kafka.<property>}.
     */
    public static Map<String, SourcedValue> read(Path propertiesFile, Map<String, String> env,
            Map<String, String> flags) {
        Map<String, SourcedValue> merged = new TreeMap<>();
        if (propertiesFile != null) {
            readProperties(propertiesFile).forEach((key, value) ->
                    merged.put(key, new SourcedValue(value, ConfigSource.FILE, propertiesFile.toString())));
        }
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && !NOT_KEYS.contains(name)) {
                merged.put(envToKey(name), new SourcedValue(value, ConfigSource.ENVIRONMENT, name));
            }
        });
        flags.forEach((key, value) -> merged.put(key, new SourcedValue(value, ConfigSource.FLAG, "the command line")));
        return merged;
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
        Map<String, String> keys = new LinkedHashMap<>();
        props.stringPropertyNames().forEach(name -> {
            String key = name.startsWith(KEY_PREFIX) ? name : ClusterConfig.KAFKA_PREFIX + name;
            keys.put(key, props.getProperty(name));
        });
        return keys;
    }
}
