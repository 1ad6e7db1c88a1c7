package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.ConfigSources;
import org.marsad.config.MarsadConfig;
import org.marsad.http.HttpLimits;

class IngestConfigTest {

    @TempDir
    Path dir;

    @Test
    void shouldUseDefaultsWhenNothingIsSet() {
        IngestConfig config = IngestConfig.defaults();
        assertEquals(2 * 1024 * 1024, config.articleMaxBytes());
        assertEquals(Duration.ofMinutes(5), config.feedInterval());
        assertEquals("127.0.0.1", config.httpHost());
        assertNull(config.feedsFile());
        assertEquals("", config.httpToken());
        assertNull(config.httpTokensFile());
        assertEquals(HttpLimits.defaults(), config.httpLimits());
        assertEquals(Duration.ofHours(6), config.retryAfterMax());
    }

    @Test
    void shouldReadHttpLimitsAndFailNamingKeyWhenOneIsOutOfRange() throws IOException {
        HttpLimits limits = load(Map.of("marsad.ingest.http.max.requests", "2", "marsad.ingest.http.header.timeout", "3s"),
                Map.of("MARSAD_INGEST_HTTP_MAX_QUEUED", "0")).httpLimits();
        assertEquals(new HttpLimits(Duration.ofSeconds(10), Duration.ofSeconds(3), Duration.ofSeconds(30), 256, 2, 0,
                Duration.ofSeconds(1)), limits);
        ConfigException e = assertThrows(ConfigException.class,
                () -> load(Map.of("marsad.ingest.http.max.requests", "0"), Map.of()));
        assertEquals("Invalid value 0 for configuration marsad.ingest.http.max.requests: Value must be at least 1",
                e.getMessage());
    }

    @Test
    void shouldLetEnvironmentWinWhenBothSetAKey() throws IOException {
        IngestConfig config = load(Map.of("marsad.feeds.interval", "30s", "marsad.ingest.http.port", "9000"),
                Map.of("MARSAD_FEEDS_INTERVAL", "PT2M"));
        assertEquals(Duration.ofMinutes(2), config.feedInterval());
        assertEquals(9000, config.httpPort());
    }

    @Test
    void shouldReadSeenLoadTimeoutWhenSetInEnvironment() throws IOException {
        assertEquals(Duration.ofMinutes(2), IngestConfig.defaults().seenLoadTimeout());
        assertEquals(Duration.ofMinutes(20), load(Map.of(), Map.of("MARSAD_INGEST_SEEN_LOAD_TIMEOUT", "20m"))
                .seenLoadTimeout());
    }

    @Test
    void shouldFailNamingKeyAndValueWhenValueIsBad() throws IOException {
        ConfigException e = assertThrows(ConfigException.class,
                () -> load(Map.of("marsad.ingest.http.port", "eighty"), Map.of()));
        assertTrue(e.getMessage().startsWith("Invalid value eighty for configuration marsad.ingest.http.port: "),
                e.getMessage());
    }

    @Test
    void shouldFailWhenDurationHasNoUnit() throws IOException {
        ConfigException e = assertThrows(ConfigException.class,
                () -> load(Map.of("marsad.feeds.read.timeout", "30"), Map.of()));
        assertEquals("Invalid value 30 for configuration marsad.feeds.read.timeout: not a duration such as 30s, 5m,"
                + " 1h, 250ms or PT5M", e.getMessage());
    }

    @Test
    void shouldFailWhenBackoffMaxIsShorterThanInitial() throws IOException {
        ConfigException e = assertThrows(ConfigException.class,
                () -> load(Map.of("marsad.feeds.backoff.initial", "2m", "marsad.feeds.backoff.max", "1m"), Map.of()));
        assertEquals("Invalid value 1m for configuration marsad.feeds.backoff.max: shorter than"
                + " marsad.feeds.backoff.initial", e.getMessage());
    }

    /** The properties from a file, the environment over them, as the CLI reads them. */
    private IngestConfig load(Map<String, String> properties, Map<String, String> environment) throws IOException {
        Path file = dir.resolve("marsad.properties");
        Properties props = new Properties();
        props.putAll(properties);
        try (Writer out = Files.newBufferedWriter(file)) {
            props.store(out, null);
        }
        return IngestConfig.from(MarsadConfig.parse(ConfigSources.read(file, environment, Map.of()), Set.of()));
    }
}
