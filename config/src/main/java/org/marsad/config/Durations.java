package org.marsad.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** Durations as users write them: {@code 250ms}, {@code 30s}, {@code 5m}, {@code 1h} or ISO-8601 {@code PT5M}. */
public final class Durations {

    /** Accepts a positive duration; ConfigDef has no duration type, so duration keys are strings checked by this. */
    public static final ConfigDef.Validator POSITIVE = new ConfigDef.Validator() {
        @Override
        public void ensureValid(String name, Object value) {
            Duration parsed;
            try {
                parsed = parse(String.valueOf(value));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, "not a duration such as 30s, 5m, 1h, 250ms or PT5M");
            }
            if (parsed.isNegative() || parsed.isZero()) {
                throw new ConfigException(name, value, "must be positive");
            }
        }

        @Override
        public String toString() {
            return "positive duration (250ms, 30s, 5m, 1h, PT5M)";
        }
    };

    private Durations() {
    }

    /**
     * Parses one duration; fails with a NumberFormatException (an IllegalArgumentException, which callers that
     * read durations from files already catch) naming the text.
     */
    public static Duration parse(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (text.startsWith("p")) {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            }
            if (text.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            }
            if (text.isEmpty()) {
                throw new NumberFormatException("empty duration");
            }
            long amount = Long.parseLong(text.substring(0, text.length() - 1));
            return switch (text.charAt(text.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> throw new NumberFormatException("unknown unit in " + value);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            NumberFormatException bad = new NumberFormatException("not a duration such as 30s, 5m, 1h, 250ms or PT5M: "
                    + value);
            bad.initCause(e);
            throw bad;
        }
    }
}
