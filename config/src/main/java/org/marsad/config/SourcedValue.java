package org.marsad.config;

import java.util.Objects;

/**
 * One raw configuration value and where it came from.
 *
 * @param value the text as given
 * @param source the source that set it
 * @param origin what names the source in a message: the file path, the environment variable, or "the command line"
 */
public record SourcedValue(String value, ConfigSource source, String origin) {

    public SourcedValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
    }
}
