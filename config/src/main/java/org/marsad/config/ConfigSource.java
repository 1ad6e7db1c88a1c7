package org.marsad.config;

/** Where a configuration value came from, in increasing precedence: a later source wins. */
public enum ConfigSource {
    DEFAULT("default"),
    FILE("file"),
    ENVIRONMENT("environment"),
    FLAG("flag");

    private final String label;

    ConfigSource(String label) {
        this.label = label;
    }

    /** The lower-case word {@code marsad config} prints. */
    public String label() {
        return label;
    }
}
