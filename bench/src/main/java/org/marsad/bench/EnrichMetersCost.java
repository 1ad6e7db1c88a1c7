package org.marsad.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.marsad.enrich.ArticleEnricher;
import org.marsad.enrich.EnrichTopology;
import org.marsad.enrich.text.DocumentAnalyzer;
import org.marsad.model.RawArticle;
import org.marsad.model.Topics;

/**
 * The cost of Marsad's meters on enrich (#16): the enrich topology's work (read, validate, tag, meter, write) in
 * Kafka Streams' {@link TopologyTestDriver}, so no broker noise hides a small difference, with its meters going to a
 * Prometheus registry (on, scraped once per run as Prometheus would) or to an empty composite registry, whose
 * meters are no-ops (off). Runs alternate on/off, the first of each pair swapping every round so JIT warm-up and
 * drifting machine load favour neither; every run is printed, then the medians. The driver runs on the calling
 * thread, so its CPU time is measured besides the wall time: on a shared machine other processes stretch the wall
 * time of a run, not its CPU time.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.marsad.bench.EnrichMetersCost [articles] [rounds]}.
 */
public final class EnrichMetersCost {

    private static final String PARAGRAPH = "أعلنت هيئة الطرق في دبي أن حركة النقل العام ارتفعت بنسبة 8% خلال شهر "
            + "يناير، وقال مديرها إن الهيئة ستنفق 2.3 مليار درهم على خطوط جديدة حتى 15 أبريل 2026. ";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EnrichMetersCost() {
    }

    public static void main(String[] args) {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        ArticleEnricher enricher = new ArticleEnricher(DocumentAnalyzer.load(null, null));
        List<byte[]> input = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
            input.add(Topics.RAW_SERDE.serializer().serialize(Topics.RAW, new RawArticle(1, "cost-" + i, null, "bench",
                    null, "خبر رقم " + i, PARAGRAPH.repeat(6) + i, "ar", null, Instant.parse("2026-01-01T00:00:00Z"),
                    null, List.of(), null)));
        }
        System.out.printf(Locale.ROOT, "articles=%d rounds=%d cores=%d load=%.2f%n", articles, rounds,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int i = 1; i <= 3; i++) {
            run(enricher, input, true, "warm-up " + i + " on");
            run(enricher, input, false, "warm-up " + i + " off");
        }
        List<double[]> on = new ArrayList<>();
        List<double[]> off = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            boolean onFirst = round % 2 == 1;
            double[] first = run(enricher, input, onFirst, "round " + round + (onFirst ? " on " : " off"));
            double[] second = run(enricher, input, !onFirst, "round " + round + (onFirst ? " off" : " on "));
            (onFirst ? on : off).add(first);
            (onFirst ? off : on).add(second);
        }
        for (int metric = 0; metric < 2; metric++) {
            double medianOn = median(on, metric);
            double medianOff = median(off, metric);
            String unit = metric == 0 ? "articles per wall second" : "articles per CPU second";
            System.out.printf(Locale.ROOT, "median meters on:  %.0f %s%n", medianOn, unit);
            System.out.printf(Locale.ROOT, "median meters off: %.0f %s%n", medianOff, unit);
            System.out.printf(Locale.ROOT, "cost of the meters (%s): %.1f%%%n", unit, 100 * (1 - medianOn / medianOff));
        }
        System.out.printf(Locale.ROOT, "load at the end=%.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Pipes every article through a fresh topology; returns articles per wall second and per CPU second. */
    private static double[] run(ArticleEnricher enricher, List<byte[]> input, boolean meters, String label) {
        MeterRegistry registry = meters ? new PrometheusMeterRegistry(PrometheusConfig.DEFAULT) : new CompositeMeterRegistry();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-meters-cost");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        long started;
        long startedCpu;
        long enriched = 0;
        try (TopologyTestDriver driver = new TopologyTestDriver(
                new EnrichTopology(enricher, 1 << 20, registry).build(), props)) {
            TestInputTopic<String, byte[]> raw = driver.createInputTopic(Topics.RAW, new StringSerializer(),
                    new ByteArraySerializer());
            TestOutputTopic<String, byte[]> out = driver.createOutputTopic(Topics.ENRICHED, new StringDeserializer(),
                    new ByteArrayDeserializer());
            started = System.nanoTime();
            startedCpu = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < input.size(); i++) {
                raw.pipeInput("cost-" + i, input.get(i));
                if (!out.isEmpty()) {
                    enriched += out.readValuesToList().size();
                }
            }
            if (registry instanceof PrometheusMeterRegistry prometheus) {
                prometheus.scrape();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - startedCpu) / 1e9;
        if (enriched != input.size()) {
            throw new IllegalStateException(label + ": " + enriched + " of " + input.size() + " articles enriched");
        }
        System.out.printf(Locale.ROOT, "%-16s %d articles in %.2f s (%.2f s CPU): %.0f articles/s, %.0f per CPU s%n",
                label, input.size(), seconds, cpuSeconds, input.size() / seconds, input.size() / cpuSeconds);
        return new double[] {input.size() / seconds, input.size() / cpuSeconds};
    }

    private static double median(List<double[]> runs, int metric) {
        List<Double> sorted = runs.stream().map(r -> r[metric]).sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
