package org.marsad.cli;

import java.util.Locale;

/**
 * How the CLI's logs are written: {@code text} lines or one {@code json} object per line (logback.xml reads
 * {@value #PROPERTY}). The choice must be made before the first logger exists, so {@code main} applies the
 * option from the raw arguments; picocli then validates the same option.
 */
enum LogFormat {
    text, json;

    static final String PROPERTY = "marsad.log.format";
    static final String OPTION = "--log-format";

    /** The format the arguments ask for, or null when they do not (or name no known format). */
    static LogFormat requested(String... args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].startsWith(OPTION + "=")) {
                value = args[i].substring(OPTION.length() + 1);
            } else if (args[i].equals(OPTION) && i + 1 < args.length) {
                value = args[i + 1];
            }
            if (value != null) {
                for (LogFormat format : values()) {
                    if (format.name().equals(value.toLowerCase(Locale.ROOT))) {
                        return format;
                    }
                }
                return null;
            }
        }
        return null;
    }
}
