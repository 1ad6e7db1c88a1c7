package org.marsad.ingest;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Typed reads of configuration values, resolved defaults &lt; properties &lt; environment. A bad value
 * fails with an {@link IllegalArgumentException} naming the key and the value.
 */
final class ConfigValues {

    private final Map<String, String> properties;
    private final Map<String, String> environment;

    ConfigValues(Map<String, String> properties, Map<String, String> environment) {
        this.properties = Map.copyOf(properties);
        this.environment = Map.copyOf(environment);
    }

    String string(ConfigKey key) {
        String fromEnv = environment.get(key.environmentVariable());
        if (fromEnv != null) {
            return fromEnv.trim();
        }
        return properties.getOrDefault(key.name(), key.defaultValue()).trim();
    }

    int integer(ConfigKey key, int min, int max) {
        String value = string(key);
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw invalid(key, value, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw invalid(key, value, "not an integer");
        }
    }

    long positiveLong(ConfigKey key) {
        String value = string(key);
        try {
            long parsed = Long.parseLong(value);
            if (parsed <= 0) {
                throw invalid(key, value, "must be positive");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw invalid(key, value, "not an integer");
        }
    }

    Duration duration(ConfigKey key) {
        String value = string(key);
        try {
            Duration parsed = parseDuration(value);
            if (parsed.isNegative() || parsed.isZero()) {
                throw invalid(key, value, "must be positive");
            }
            return parsed;
        } catch (DateTimeParseException | NumberFormatException e) {
            throw invalid(key, value, "not a duration such as 30s, 5m, 1h, 250ms or PT5M");
        }
    }

    /** Parses {@code 250ms}, {@code 30s}, {@code 5m}, {@code 1h} or ISO-8601 {@code PT5M}. */
    static Duration parseDuration(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        if (text.startsWith("pt") || text.startsWith("p")) {
            return Duration.parse(text.toUpperCase(Locale.ROOT));
        }
        if (text.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
        }
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> throw new NumberFormatException("unknown unit in " + value);
        };
    }

    static IllegalArgumentException invalid(ConfigKey key, String value, String reason) {
        return new IllegalArgumentException(
                "Invalid value '" + value + "' for " + key.name() + " (" + key.environmentVariable() + "): " + reason);
    }
}
