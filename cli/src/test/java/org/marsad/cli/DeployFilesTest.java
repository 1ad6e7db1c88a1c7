package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.feed.FeedBoard;
import org.marsad.ingest.feed.FeedSpec;
import org.marsad.ingest.push.PushMeters;
import org.marsad.ops.OperationsRoutes;

/**
 * The Prometheus scrape configuration and the Grafana files in deploy/ (#16 item 7) parse, scrape every stage's
 * operations port, and every {@code marsad_*} metric a dashboard panel queries is one the code defines: the names
 * come from the meters classes' constants, so renaming a meter without the dashboard fails here.
 */
class DeployFilesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The meters classes; each keeps its meter names as {@code static final String} constants. */
    private static final List<String> METERS_CLASSES = List.of("org.marsad.ingest.feed.FeedMeters",
            "org.marsad.ingest.push.PushMeters", "org.marsad.ingest.IngestMeters", "org.marsad.enrich.EnrichMeters",
            "org.marsad.sink.SinkMeters");
    /** What Micrometer's Prometheus registry adds to a meter name: unit, counter total, histogram series. */
    private static final List<String> PROMETHEUS_SUFFIXES = List.of("", "_total", "_bytes_total", "_seconds",
            "_seconds_bucket", "_seconds_count", "_seconds_sum", "_seconds_max", "_count", "_sum", "_max");
    private static final Pattern MARSAD_METRIC = Pattern.compile("\\bmarsad_[a-z0-9_]+");

    private static JsonNode read(ObjectMapper mapper, String resource) throws IOException {
        try (InputStream in = DeployFilesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is on the test classpath (cli/pom.xml copies deploy/)");
            return mapper.readTree(in);
        }
    }

    @Test
    void shouldScrapeEachStagesOperationsPortWhenPrometheusReadsTheScrapeConfig() throws IOException {
        JsonNode config = read(YAML, "/deployment/deploy/prometheus/prometheus.yml");

        Map<String, String> targets = new TreeMap<>();
        for (JsonNode job : config.path("scrape_configs")) {
            assertEquals(OperationsRoutes.METRICS, job.path("metrics_path").asText(), job.toString());
            targets.put(job.path("job_name").asText(), job.path("static_configs").get(0).path("targets").get(0).asText());
        }
        assertEquals(Map.of("ingest", "ingest:8091", "enrich", "enrich:8091", "sink", "sink:8091",
                "search", "search:8091"), targets);
    }

    @Test
    void shouldPointTheDashboardAtTheProvisionedDataSourceWhenGrafanaLoadsIt() throws IOException {
        JsonNode source = read(YAML, "/deployment/deploy/grafana/provisioning/datasources/prometheus.yml").path("datasources").get(0);
        JsonNode provider = read(YAML, "/deployment/deploy/grafana/provisioning/dashboards/marsad.yml").path("providers").get(0);
        JsonNode dashboard = read(JSON, "/deployment/deploy/grafana/dashboards/marsad.json");

        assertEquals("prometheus", source.path("type").asText());
        assertEquals("http://prometheus:9090", source.path("url").asText());
        String dashboards = provider.path("options").path("path").asText();
        List<String> mounts = new ArrayList<>();
        read(YAML, "/deployment/docker-compose.yml").path("services").path("grafana").path("volumes")
                .forEach(volume -> mounts.add(volume.asText()));
        assertTrue(mounts.contains("./deploy/grafana/dashboards:" + dashboards + ":ro"),
                "compose mounts the dashboards where the provider looks (" + dashboards + "): " + mounts);
        assertFalse(dashboard.path("panels").isEmpty());
        for (JsonNode panel : dashboard.path("panels")) {
            assertEquals(source.path("uid").asText(), panel.path("datasource").path("uid").asText(), panel.path("title").asText());
            assertFalse(panel.path("targets").isEmpty(), panel.path("title") + " queries something");
        }
    }

    @Test
    void shouldQueryOnlyMetersTheCodeDefinesWhenADashboardPanelNamesAMarsadMetric() throws Exception {
        Set<String> defined = definedMeterNames();
        Set<String> queried = new TreeSet<>();
        for (JsonNode panel : read(JSON, "/deployment/deploy/grafana/dashboards/marsad.json").path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                Matcher metric = MARSAD_METRIC.matcher(target.path("expr").asText());
                while (metric.find()) {
                    queried.add(metric.group());
                }
            }
        }

        assertTrue(queried.size() >= 8, "the dashboard queries Marsad's meters: " + queried);
        List<String> unknown = new ArrayList<>();
        for (String metric : queried) {
            boolean known = defined.stream().map(name -> name.replace('.', '_'))
                    .anyMatch(base -> PROMETHEUS_SUFFIXES.stream().anyMatch(suffix -> metric.equals(base + suffix)));
            if (!known) {
                unknown.add(metric);
            }
        }
        assertEquals(List.of(), unknown, "meters defined: " + defined);
    }

    /** Checks the suffixes assumed above on the real Prometheus registry, for the ingest meters. */
    @Test
    void shouldExportIngestMetersUnderTheNamesTheDashboardQueriesWhenScraped() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new FeedBoard(registry, Clock.systemUTC()).register(List.of(new FeedSpec("https://news.example.org/rss.xml",
                "المرصد", Duration.ofMinutes(5), false)));
        new PushMeters(registry);

        String scrape = registry.scrape();

        for (String name : List.of("marsad_feed_polls_total", "marsad_feed_items_total", "marsad_feed_fetched_bytes_total",
                "marsad_feed_last_success_timestamp_seconds", "marsad_feed_last_error_timestamp_seconds",
                "marsad_push_requests_total")) {
            assertTrue(scrape.contains("\n" + name + "{"), name + " in\n" + scrape);
        }
    }

    private static Set<String> definedMeterNames() throws ReflectiveOperationException {
        Set<String> names = new TreeSet<>();
        for (String className : METERS_CLASSES) {
            for (Field field : Class.forName(className).getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                    field.setAccessible(true);
                    String value = (String) field.get(null);
                    if (value.startsWith("marsad.")) {
                        names.add(value);
                    }
                }
            }
        }
        return names;
    }
}
