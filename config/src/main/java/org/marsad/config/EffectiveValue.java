package org.marsad.config;

/**
 * One key's value in effect, as {@code marsad config} prints it.
 *
 * @param key the configuration key
 * @param value the value, or {@link #MASK} for a secret
 * @param source where the value came from
 * @param origin the file or environment variable that set it, "the command line" for a flag; empty for a default
 */
public record EffectiveValue(String key, String value, ConfigSource source, String origin) {

    /** What a secret's value prints as. */
    public static final String MASK = "[hidden]";
}
