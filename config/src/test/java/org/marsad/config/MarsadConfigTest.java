package org.marsad.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarsadConfigTest {

    @TempDir
    Path dir;

    @Test
    void shouldLetFlagsBeatEnvironmentBeatFileWhenAllSetAKey() throws IOException {
        Path file = file("marsad.topic.partitions=2\nmarsad.enrich.threads=3\nmarsad.sink.threads=4\n");
        MarsadConfig config = MarsadConfig.parse(ConfigSources.read(file,
                Map.of("MARSAD_ENRICH_THREADS", "5", "MARSAD_SINK_THREADS", "6"), Map.of("marsad.sink.threads", "7")),
                Set.of());
        assertEquals(2, config.cluster().partitions());
        assertEquals(5, config.area(ConfigArea.ENRICH).getInt(EnrichKeys.THREADS));
        assertEquals(7, config.area(ConfigArea.SINK).getInt(SinkKeys.THREADS));
        assertEquals(new EffectiveValue("marsad.topic.partitions", "2", ConfigSource.FILE, file.toString()),
                find(config, "marsad.topic.partitions"));
        assertEquals(new EffectiveValue("marsad.enrich.threads", "5", ConfigSource.ENVIRONMENT, "MARSAD_ENRICH_THREADS"),
                find(config, "marsad.enrich.threads"));
        assertEquals(ConfigSource.FLAG, find(config, "marsad.sink.threads").source());
        assertEquals(new EffectiveValue("marsad.feeds.threads", "4", ConfigSource.DEFAULT, ""),
                find(config, "marsad.feeds.threads"));
    }

    @Test
    void shouldRefuseUnknownKeyNamingNearestWhenSetByFlag() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> MarsadConfig.parse(Map.of("marsad.enrich.thread", "2")));
        assertEquals("Unknown configuration key marsad.enrich.thread (from the command line); nearest known"
                + " key: marsad.enrich.threads", e.getMessage());
    }

    @Test
    void shouldRefuseUnknownKeyNamingTheFileWhenSetInFile() throws IOException {
        Path file = file("marsad.nonsense.key=1\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> MarsadConfig.parse(ConfigSources.read(file, Map.of(), Map.of()), Set.of()));
        assertTrue(e.getMessage().startsWith("Unknown configuration key marsad.nonsense.key (from " + file + ")"),
                e.getMessage());
    }

    @Test
    void shouldOnlyWarnWhenEnvironmentVariableIsUnknown() {
        MarsadConfig config = MarsadConfig.parse(ConfigSources.read(null,
                Map.of("MARSAD_ENRICH_THREAD", "2", "MARSAD_JAVA_OPTS", "-Xmx1g", "MARSAD_TEST_KAFKA", "embedded",
                        "PATH", "/bin"), Map.of()), Set.of());
        assertEquals(List.of("marsad: ignoring environment variable MARSAD_ENRICH_THREAD: no such key"
                + " marsad.enrich.thread; nearest known key: marsad.enrich.threads (MARSAD_ENRICH_THREADS)"),
                config.warnings());
        assertEquals(1, config.area(ConfigArea.ENRICH).getInt(EnrichKeys.THREADS));
    }

    @Test
    void shouldCheckKafkaPassThroughKeysAgainstClientConfigNames() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> MarsadConfig.parse(Map.of("marsad.kafka.security.protocl", "SSL")));
        assertTrue(e.getMessage().endsWith("nearest known key: marsad.kafka.security.protocol"), e.getMessage());
        MarsadConfig config = MarsadConfig.parse(Map.of("marsad.kafka.security.protocol", "SSL"));
        assertEquals("SSL", config.cluster().clientBase().get("security.protocol"));
    }

    @Test
    void shouldAcceptExtraKafkaNamesWhenTheCallerKnowsThem() {
        MarsadConfig config = MarsadConfig.parse(
                ConfigSources.read(null, Map.of(), Map.of("marsad.kafka.commit.interval.ms", "100")),
                Set.of("commit.interval.ms"));
        assertEquals("100", config.cluster().clientBase().get("commit.interval.ms"));
    }

    @Test
    void shouldMaskSecretsWhenListingEffectiveValues() {
        MarsadConfig config = MarsadConfig.parse(Map.of("marsad.ingest.http.token", "s3cret-token",
                "marsad.kafka.ssl.key.password", "other-secret", "marsad.kafka.security.protocol", "SSL"));
        assertEquals(EffectiveValue.MASK, find(config, "marsad.ingest.http.token").value());
        assertEquals(EffectiveValue.MASK, find(config, "marsad.kafka.ssl.key.password").value());
        assertEquals("SSL", find(config, "marsad.kafka.security.protocol").value());
        assertTrue(config.effective().stream().noneMatch(v -> v.value().contains("secret")));
    }

    @Test
    void shouldReadPlainKafkaPropertyInFileAsPassThrough() throws IOException {
        MarsadConfig config = MarsadConfig.parse(ConfigSources.read(file("security.protocol=SASL_SSL\n"), Map.of(),
                Map.of()), Set.of());
        assertEquals("SASL_SSL", config.cluster().clientBase().get("security.protocol"));
    }

    @Test
    void shouldCountEveryParseWhenParsing() {
        int before = MarsadConfig.parseCount();
        MarsadConfig.parse(Map.of());
        assertEquals(before + 1, MarsadConfig.parseCount());
    }

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("marsad.properties"), text);
    }

    private static EffectiveValue find(MarsadConfig config, String key) {
        return config.effective().stream().filter(v -> v.key().equals(key)).findFirst().orElseThrow();
    }
}
