package org.marsad.search;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.marsad.http.HttpLimits;

/**
 * What the search stage needs (to become {@code marsad.search.*} / {@code marsad.http.*} keys with #15).
 *
 * @param indexDir directory of the Lucene index (derived data: deleting it makes the stage rebuild it)
 * @param httpHost operations address ({@code marsad.http.host}, default 127.0.0.1)
 * @param httpPort operations port ({@code marsad.http.port}, default 8091; 0 for any free port)
 * @param kafkaClient Kafka client properties (bootstrap servers, security) for the index-topic reader
 */
public record SearchSettings(Path indexDir, String httpHost, int httpPort, HttpLimits httpLimits,
        Map<String, Object> kafkaClient) {

    public static final String DEFAULT_HTTP_HOST = "127.0.0.1";
    public static final int DEFAULT_HTTP_PORT = 8091;

    public SearchSettings {
        Objects.requireNonNull(indexDir, "indexDir");
        Objects.requireNonNull(httpHost, "httpHost");
        Objects.requireNonNull(httpLimits, "httpLimits");
        kafkaClient = Map.copyOf(kafkaClient);
        if (httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("search HTTP port " + httpPort + " is not 0 to 65535");
        }
    }
}
