package org.marsad.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refuses keys that no area declares, since a misspelt key would otherwise silently do nothing: one from a
 * file or a flag stops start-up, one from the environment (which other software shares) only warns.
 */
final class UnknownKeys {

    private final Set<String> declared = ConfigArea.allKeys();
    private final Set<String> kafkaNames;

    UnknownKeys(Set<String> kafkaNames) {
        this.kafkaNames = new TreeSet<>(kafkaNames);
    }

    /**
     * Throws a ConfigException for the first unknown key from a file or a flag; returns one warning per unknown
     * environment variable.
     */
    List<String> check(Map<String, SourcedValue> given) {
        List<String> warnings = new ArrayList<>();
        given.forEach((key, value) -> {
            String nearest = nearest(key);
            if (nearest == null) {
                return;
            }
            if (value.source() == ConfigSource.ENVIRONMENT) {
                warnings.add("marsad: ignoring environment variable " + value.origin() + ": no such key " + key
                        + "; nearest known key: " + nearest + " (" + ConfigSources.keyToEnv(nearest) + ")");
            } else {
                throw MarsadConfig.unknown(key, value, nearest);
            }
        });
        return warnings;
    }

    /** Null for a known key, else the nearest known one. */
    private String nearest(String key) {
        if (key.startsWith(ClusterConfig.KAFKA_PREFIX)) {
            String property = key.substring(ClusterConfig.KAFKA_PREFIX.length());
            return kafkaNames.contains(property) ? null
                    : ClusterConfig.KAFKA_PREFIX + NearestKey.of(property, kafkaNames);
        }
        return declared.contains(key) ? null : NearestKey.of(key, declared);
    }
}
