package org.marsad.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.marsad.broker.EmbeddedKafkaBroker;
import org.marsad.config.ClusterConfig;
import org.marsad.config.MarsadConfig;
import org.marsad.ingest.ArticleFinisher;
import org.marsad.ingest.IngestConfig;
import org.marsad.ingest.IngestCounts;
import org.marsad.ingest.IngestService;
import org.marsad.ingest.JsonArticles;
import org.marsad.ingest.kafka.KafkaArticleSink;
import org.marsad.ingest.text.ScrapedArticle;
import org.marsad.model.Topics;
import org.marsad.topics.MarsadTopics;
import org.marsad.topics.TopicProvisioner;
import org.marsad.topics.TopicSpec;

/**
 * Measures the file import path ({@code .jsonl} and scraped {@code .txt}) into the raw topic on the embedded
 * broker, and, in the same run, a bare producer sending the same record bytes with the same producer
 * settings to a topic configured like the raw one. Prints articles/s, MB/s (of record values) and the ratio.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.marsad.bench.IngestBenchmark [articles] [bodyChars] [runs]}
 */
public final class IngestBenchmark {

    private static final String PRODUCER_TOPIC = "marsad.bench.producer";
    private static final int WARM_UP_RUNS = 3;
    private static final String[] WORDS = ("أعلنت البلدية عن خطة جديدة لتحسين الطرق والحدائق في الأحياء الشرقية "
            + "وقال المتحدث إن العمل يبدأ الشهر المقبل ويستمر عامين بتمويل من الموازنة العامة للمدينة "
            + "وأضاف أن السكان سيشاركون في اختيار المشاريع عبر استطلاع مفتوح على موقع البلدية").split(" ");

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int bodyChars = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path work = Files.createTempDirectory("marsad-ingest-bench");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("kafka"), 0)) {
            ClusterConfig cluster = MarsadConfig.parse(Map.of("marsad.topic.partitions", "3")).cluster()
                    .withBootstrapServers(broker.bootstrapServers());
            provision(cluster);
            System.out.printf("IngestBenchmark: %d articles of ~%d body chars per run, %d warm-up and %d measured runs,"
                    + " 3 partitions, embedded broker%n", articles, bodyChars, WARM_UP_RUNS, runs);
            // The first runs compile the JSON, hashing and producer paths; measured runs start once they are hot.
            for (int i = 1; i <= WARM_UP_RUNS; i++) {
                run("warm-up-" + i, work, cluster, articles, bodyChars);
            }
            List<Double> ratios = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                ratios.add(run("run-" + i, work, cluster, articles, bodyChars));
            }
            Collections.sort(ratios);
            System.out.printf("median .jsonl import / bare producer throughput over %d runs: %.0f%%%n", runs,
                    100 * ratios.get(ratios.size() / 2));
        } finally {
            deleteTree(work);
        }
    }

    /** One run of each path on fresh articles (new ids, so nothing is skipped as seen); returns the ratio. */
    private static double run(String label, Path work, ClusterConfig cluster, int articles, int bodyChars) throws IOException {
        Path jsonl = writeJsonl(work.resolve(label + ".jsonl"), label, articles, bodyChars);
        Path txtDir = writeTexts(work.resolve(label + "-txt"), label, articles / 10, bodyChars);
        try (IngestService ingest = IngestService.open(IngestConfig.defaults(), cluster.clientBase(),
                Clock.systemUTC(), r -> System.err.println("rejected " + r), new SimpleMeterRegistry())) {
            long t0 = System.nanoTime();
            long c0 = cpuNanos();
            IngestCounts jsonCounts = ingest.importPath(jsonl);
            long t1 = System.nanoTime();
            long c1 = cpuNanos();
            IngestCounts txtCounts = ingest.importPath(txtDir);
            long t2 = System.nanoTime();
            long c2 = cpuNanos();
            List<byte[]> values = recordValues(jsonl, cluster.articleMaxBytes());
            long valueBytes = values.stream().mapToLong(v -> v.length).sum();
            long t3 = System.nanoTime();
            long c3 = cpuNanos();
            produceRaw(cluster, values, label);
            long t4 = System.nanoTime();
            long c4 = cpuNanos();
            report(label + " .jsonl import", jsonCounts.written(), valueBytes, t1 - t0, c1 - c0);
            report(label + " .txt import", txtCounts.written(), treeSize(txtDir), t2 - t1, c2 - c1);
            report(label + " bare producer", values.size(), valueBytes, t4 - t3, c4 - c3);
            long jsonCpu = jsonRoundTripCpuNanos(jsonl);
            System.out.printf("%-28s %6.0f CPU-us/article: Jackson parse + write of each line, no cleaning, no Kafka%n",
                    label + " JSON floor", jsonCpu / 1e3 / values.size());
            double ratio = (double) (t4 - t3) / (t1 - t0);
            System.out.printf("%s .jsonl import / bare producer throughput: %.0f%%%n", label, 100 * ratio);
            return ratio;
        } finally {
            Files.delete(jsonl);
            deleteTree(txtDir);
        }
    }

    /**
     * Prints throughput and the process's CPU time per article (every thread: importer, producer and the
     * in-process broker), which says where a 2-core machine's time goes better than throughput alone.
     */
    private static void report(String what, long count, long bytes, long nanos, long cpuNanos) {
        double seconds = nanos / 1e9;
        System.out.printf("%-28s %8d records %8.1f MB %7.2f s %9.0f articles/s %7.2f MB/s %6.0f CPU-us/article%n",
                what, count, bytes / 1e6, seconds, count / seconds, bytes / 1e6 / seconds, cpuNanos / 1e3 / count);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The record values the import wrote: the same articles finished and serialised as the sink does. */
    private static List<byte[]> recordValues(Path jsonl, int articleMaxBytes) throws IOException {
        ArticleFinisher finisher = new ArticleFinisher(Clock.systemUTC(), articleMaxBytes);
        List<byte[]> values = new ArrayList<>();
        try (Stream<String> lines = Files.lines(jsonl)) {
            lines.forEach(line -> {
                values.add(finisher.finish(ScrapedArticle.of(JsonArticles.parse(line))).get(0).json());
            });
        }
        return values;
    }

    /**
     * CPU time to read each line into a RawArticle and write it back as JSON, on this thread: the least any
     * import that validates and re-serialises records must spend, whatever else it does.
     */
    private static long jsonRoundTripCpuNanos(Path jsonl) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<byte[]> lines;
        try (Stream<String> text = Files.lines(jsonl)) {
            lines = text.map(l -> l.getBytes(StandardCharsets.UTF_8)).toList();
        }
        long start = threads.getCurrentThreadCpuTime();
        long bytes = 0;
        for (byte[] line : lines) {
            bytes += Topics.RAW_SERDE.serializer().serialize(Topics.RAW, JsonArticles.parse(line)).length;
        }
        long cpu = threads.getCurrentThreadCpuTime() - start;
        if (bytes == 0) {
            throw new IllegalStateException("No JSON written");
        }
        return cpu;
    }

    private static long treeSize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void produceRaw(ClusterConfig cluster, List<byte[]> values, String label) {
        Map<String, Object> props = KafkaArticleSink.producerProperties(cluster.clientBase(), cluster.articleMaxBytes());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < values.size(); i++) {
                producer.send(new ProducerRecord<>(PRODUCER_TOPIC, label + "-" + i, values.get(i)));
            }
            producer.flush();
        }
    }

    private static Path writeJsonl(Path file, String label, int articles, int bodyChars) throws IOException {
        Random random = new Random(42);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < articles; i++) {
            out.append("{\"id\":\"").append(label).append('-').append(i).append("\",\"url\":\"https://bench.example.com/")
                    .append(label).append('/').append(i).append("\",\"title\":\"").append(sentence(random, 8))
                    .append("\",\"body\":\"").append(body(random, bodyChars).replace("\n", "\\n"))
                    .append("\",\"language\":\"ar\"}\n");
        }
        return Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private static Path writeTexts(Path dir, String label, int files, int bodyChars) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(7);
        for (int i = 0; i < files; i++) {
            String text = label + " " + i + " " + sentence(random, 8) + "\nتاريخ النشر: 12th, February 2025 GMT\n"
                    + "المصدر: مصدر الاختبار\n" + body(random, bodyChars) + "\nكلمات دلالية: بلدية، طرق\n";
            Files.writeString(dir.resolve(i + ".txt"), text, StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static String body(Random random, int chars) {
        StringBuilder body = new StringBuilder();
        while (body.length() < chars) {
            body.append(sentence(random, 12)).append(random.nextInt(4) == 0 ? "\n\n" : " ");
        }
        return body.toString().strip();
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.append('.').toString();
    }

    private static void provision(ClusterConfig cluster) {
        List<TopicSpec> topics = new ArrayList<>(MarsadTopics.all(cluster));
        topics.add(MarsadTopics.compacted(Topics.INGEST_SEEN, cluster));
        TopicSpec raw = topics.stream().filter(t -> t.name().equals(Topics.RAW)).findFirst().orElseThrow();
        topics.add(new TopicSpec(PRODUCER_TOPIC, raw.partitions(), raw.replicationFactor(), raw.configs()));
        try (Admin admin = Admin.create(cluster.clientBase())) {
            new TopicProvisioner(admin).ensure(topics);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }
}
