package org.marsad.ingest;

import java.util.Locale;
import java.util.Objects;

/**
 * One configuration key of the ingest stage: its property name, default and description.
 *
 * @param name property name, {@code marsad.x.y}
 * @param defaultValue value used when neither properties nor environment set the key; empty for none
 * @param description one line for users, repeated in docs/INGEST.md
 */
public record ConfigKey(String name, String defaultValue, String description) {

    public ConfigKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
    }

    /** The environment variable for this key: {@code marsad.x.y} becomes {@code MARSAD_X_Y}. */
    public String environmentVariable() {
        return name.replace('.', '_').toUpperCase(Locale.ROOT);
    }
}
