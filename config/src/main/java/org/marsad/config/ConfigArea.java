package org.marsad.config;

import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.config.ConfigDef;

/**
 * The areas of Marsad's configuration, each with its one {@link ConfigDef}. A new area (the HTTP server,
 * search) is one more constant here: the unknown-key check, {@code marsad config} and docs/CONFIGURATION.md
 * pick it up.
 */
public enum ConfigArea {
    CLUSTER("Cluster (every stage)", ClusterConfig.DEFINITION),
    INGEST("Ingest", IngestKeys.DEFINITION),
    ENRICH("Enrich", EnrichKeys.DEFINITION),
    SINK("Sink", SinkKeys.DEFINITION),
    HTTP("Operations port (every long-running process)", HttpKeys.DEFINITION),
    SEARCH("Search", SearchKeys.DEFINITION);

    private final String title;
    private final ConfigDef definition;

    ConfigArea(String title, ConfigDef definition) {
        this.title = title;
        this.definition = definition;
    }

    public String title() {
        return title;
    }

    public ConfigDef definition() {
        return definition;
    }

    /** Every declared key of every area. */
    public static Set<String> allKeys() {
        Set<String> keys = new TreeSet<>();
        for (ConfigArea area : values()) {
            keys.addAll(area.definition.names());
        }
        return keys;
    }

    /**
     * {@code ${java.io.tmpdir}} in a path value stands for this JVM's temporary directory, so a default reads the
     * same on every machine (and in docs/CONFIGURATION.md).
     */
    public static String expandTmpdir(String path) {
        return path.replace("${java.io.tmpdir}", System.getProperty("java.io.tmpdir"));
    }
}
