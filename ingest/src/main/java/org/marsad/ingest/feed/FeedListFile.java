package org.marsad.ingest.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.marsad.ingest.IngestConfig;
import org.marsad.model.CountryCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reads the feed list ({@code marsad.feeds.file}): one feed a line, {@code #} comments and blank lines ignored.
 *
 * <pre>
 * LOCATION [interval=DURATION] [trusted] [country=CC] [header=NAME:VALUE]... [name=NAME, may contain spaces, to the end of the line]
 * https://example.com/rss.xml interval=10m country=SA name=صحيفة المرصد
 * https://old.example.net/netscape.rss trusted
 * https://api.example.org/feed header=X-Api-Key:${NEWS_API_KEY} header=User-Agent:MarsadBot/1.0
 * </pre>
 *
 * * {@code trusted} allows a DOCTYPE and internal addresses ({@link AddressPolicy}). {@code country} is the publisher's ISO
 * 3166-1 alpha-2 code, written into each article's {@code sourceCountry}. {@code header} (repeatable) is a request
 * header ({@link FeedHeaders}; {@code ${VAR}} from the environment, no spaces in the line: a value with spaces
 * comes whole from a variable). A malformed line fails with the file, the line number and the reason.
 */
public final class FeedListFile {

    private FeedListFile() {
    }

    public static List<FeedSpec> read(Path file, Duration defaultInterval) {
        return read(file, defaultInterval, System::getenv);
    }

    /** As {@link #read(Path, Duration)}, with {@code env} for the {@code ${VAR}}s of header values. */
    static List<FeedSpec> read(Path file, Duration defaultInterval, UnaryOperator<String> env) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read feed list " + file + ": " + e.getMessage(), e);
        }
        List<FeedSpec> feeds = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                feeds.add(parseLine(line, defaultInterval, file + ":" + (i + 1), env));
            }
        }
        return feeds;
    }

    static FeedSpec parseLine(String line, Duration defaultInterval, String where) {
        return parseLine(line, defaultInterval, where, System::getenv);
    }

    static FeedSpec parseLine(String line, Duration defaultInterval, String where, UnaryOperator<String> env) {
        String[] tokens = line.split("\\s+");
        Duration interval = defaultInterval;
        FeedHeaders headers = FeedHeaders.NONE;
        boolean trusted = false;
        String name = null;
        String country = null;
        for (int t = 1; t < tokens.length && name == null; t++) {
            String token = tokens[t];
            if (token.equals("trusted")) {
                trusted = true;
            } else if (token.startsWith("interval=")) {
                interval = interval(token.substring("interval=".length()), where);
            } else if (token.startsWith("country=")) {
                country = country(token.substring("country=".length()), where);
            } else if (token.startsWith("header=")) {
                try {
                    headers = headers.with(token.substring("header=".length()), env);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
                }
            } else if (token.startsWith("name=")) {
                name = line.substring(line.indexOf("name=") + "name=".length()).strip();
            } else {
                throw new IllegalArgumentException(where + ": unknown option '" + token
                        + "' (expected interval=DURATION, trusted, country=CC, header=NAME:VALUE or name=NAME)");
            }
        }
        return new FeedSpec(tokens[0], name == null || name.isEmpty() ? null : name, interval, trusted, country,
                headers);
    }

    private static String country(String text, String where) {
        try {
            return CountryCodes.checked(text, "country");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static Duration interval(String text, String where) {
        try {
            Duration interval = IngestConfig.parseDuration(text);
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException(where + ": interval '" + text + "' must be positive");
            }
            return interval;
        } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(where + ": bad interval '" + text + "' (use 30s, 5m, 1h or PT5M)", e);
        }
    }
}
