package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.http.HttpLimits;

class IngestConfigTest {

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
    void shouldReadHttpLimitsAndFailNamingKeyWhenOneIsOutOfRange() {
        HttpLimits limits = IngestConfig.load(Map.of("marsad.ingest.http.max.requests", "2",
                "marsad.ingest.http.header.timeout", "3s"), Map.of("MARSAD_INGEST_HTTP_MAX_QUEUED", "0")).httpLimits();
        assertEquals(new HttpLimits(Duration.ofSeconds(10), Duration.ofSeconds(3), Duration.ofSeconds(30), 256, 2, 0,
                Duration.ofSeconds(1)), limits);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IngestConfig.load(Map.of("marsad.ingest.http.max.requests", "0"), Map.of()));
        assertEquals("Invalid value '0' for marsad.ingest.http.max.requests (MARSAD_INGEST_HTTP_MAX_REQUESTS): must be"
                + " between 1 and 1000", e.getMessage());
    }

    @Test
    void shouldLetEnvironmentWinWhenBothSetAKey() {
        IngestConfig config = IngestConfig.load(Map.of("marsad.feeds.interval", "30s", "marsad.ingest.http.port", "9000"),
                Map.of("MARSAD_FEEDS_INTERVAL", "PT2M"));
        assertEquals(Duration.ofMinutes(2), config.feedInterval());
        assertEquals(9000, config.httpPort());
    }

    @Test
    void shouldReadSeenLoadTimeoutWhenSetInEnvironment() {
        assertEquals(Duration.ofMinutes(2), IngestConfig.defaults().seenLoadTimeout());
        assertEquals(Duration.ofMinutes(20), IngestConfig.load(Map.of(),
                Map.of("MARSAD_INGEST_SEEN_LOAD_TIMEOUT", "20m")).seenLoadTimeout());
    }

    @Test
    void shouldFailNamingKeyAndValueWhenValueIsBad() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IngestConfig.load(Map.of("marsad.ingest.http.port", "eighty"), Map.of()));
        assertEquals("Invalid value 'eighty' for marsad.ingest.http.port (MARSAD_INGEST_HTTP_PORT): not an integer",
                e.getMessage());
    }

    @Test
    void shouldFailWhenDurationHasNoUnit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IngestConfig.load(Map.of("marsad.feeds.read.timeout", "30"), Map.of()));
        assertEquals(true, e.getMessage().startsWith("Invalid value '30' for marsad.feeds.read.timeout"));
    }

    @Test
    void shouldDeclareEveryKeyOnceWhenKeysAreListed() {
        assertEquals(IngestConfig.KEYS.size(), new HashSet<>(IngestConfig.KEYS.stream().map(ConfigKey::name).toList()).size());
    }
}
