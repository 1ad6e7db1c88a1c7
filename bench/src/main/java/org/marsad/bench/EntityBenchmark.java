package org.marsad.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.marsad.enrich.text.EntitySpan;
import org.marsad.enrich.text.TextDocument;
import org.marsad.enrich.text.entity.EntityRecognizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures entity recognition throughput (trained tagger, its features, gazetteer linking) on an Arabic and an
 * English article written by us, with a synthetic 100,000-entry gazetteer loaded on top of the bundled one, and
 * the heap all of it retains.
 *
 * <p>Throughput in MB/s per core is ops/s times the article size printed at set-up (one thread).
 * {@code main} prints the retained heap and MB/s by thread CPU time: {@code java -cp bench/target/benchmarks.jar
 * org.marsad.bench.EntityBenchmark}; with {@code plain MODEL.bin ar|en} it times the bare OpenNLP learner on the
 * article's whitespace tokens instead, the figure the project's features are compared with.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EntityBenchmark {

    static final int SYNTHETIC_ENTRIES = 100_000;
    private static final int CPU_ROUNDS = 10;
    private static final int CPU_DOCS = 500;
    private static final String ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private static final String[] TYPES = {"PERSON", "ORG", "LOC", "MISC"};

    private EntityRecognizer recognizer;
    private TextDocument article;
    private TextDocument englishArticle;

    @Setup
    public void setUp() throws IOException {
        Path dir = syntheticGazetteer(SYNTHETIC_ENTRIES);
        recognizer = EntityRecognizer.load(dir);
        article = document("ar");
        englishArticle = document("en");
        for (TextDocument doc : List.of(article, englishArticle)) {
            System.out.printf("article %s: %d UTF-8 bytes, %d entities%n", doc.language(),
                    doc.body().getBytes(StandardCharsets.UTF_8).length, recognizer.recognize(doc).size());
        }
    }

    @Benchmark
    public List<EntitySpan> recognizeArabicArticle() {
        return recognizer.recognize(article);
    }

    @Benchmark
    public List<EntitySpan> recognizeEnglishArticle() {
        return recognizer.recognize(englishArticle);
    }

    /**
     * Prints the heap retained by a recognizer loaded with the synthetic gazetteer, then throughput per
     * core measured in thread CPU time, which a busy shared machine distorts far less than wall time.
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("plain")) {
            PlainLearner.run(Path.of(args[1]), document(args[2]).body());
            return;
        }
        Path dir = syntheticGazetteer(SYNTHETIC_ENTRIES);
        long empty = usedAfterGc();
        EntityRecognizer.load(null);
        long before = usedAfterGc();
        EntityRecognizer loaded = EntityRecognizer.load(dir);
        long after = usedAfterGc();
        System.out.printf("retained heap: %.1f MB for models, features and bundled gazetteer; %.1f MB more for %d "
                + "synthetic entries (fingerprint %s)%n", (before - empty) / 1e6, (after - before) / 1e6,
                SYNTHETIC_ENTRIES, loaded.fingerprint());
        for (String lang : List.of("ar", "en")) {
            TextDocument doc = document(lang);
            cpuRounds(lang, doc.body().getBytes(StandardCharsets.UTF_8).length, () -> loaded.recognize(doc));
        }
        long tagged = usedAfterGc();
        System.out.printf("retained heap after tagging (this thread's word and feature caches included): %.1f MB "
                + "above the empty heap (fingerprint %s)%n", (tagged - empty) / 1e6, loaded.fingerprint());
    }

    static void cpuRounds(String label, int bytes, Runnable work) {
        cpuRounds(label, bytes, CPU_DOCS, work);
    }

    /** {@value #CPU_ROUNDS} rounds of {@code times} runs of {@code work}, each of {@code bytes} bytes of text. */
    static void cpuRounds(String label, long bytes, int times, Runnable work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < CPU_ROUNDS; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < times; i++) {
                work.run();
            }
            double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf("%s round %d: %.2f MB/s per core (CPU time)%n", label, round,
                    times * (double) bytes / 1e6 / seconds);
        }
    }

    private static TextDocument document(String lang) throws IOException {
        return new TextDocument("", resource("entity/article-" + lang + ".txt"), List.of(), lang, null, null);
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Writes {@code n} rows of random two-word Arabic names, an English name and two aliases each. */
    static Path syntheticGazetteer(int n) throws IOException {
        Path dir = Files.createTempDirectory("marsad-gazetteer");
        dir.toFile().deleteOnExit();
        Path file = dir.resolve("synthetic.tsv");
        file.toFile().deleteOnExit();
        Random random = new Random(42);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id\ttype\tname_en\tname_ar\taliases\n");
            for (int i = 0; i < n; i++) {
                String ar = word(random) + " " + word(random);
                out.write("Q" + (900_000_000 + i) + "\t" + TYPES[i % TYPES.length] + "\tName" + i + " Latin" + i
                        + "\t" + ar + "\t" + word(random) + " " + word(random) + "|Alias" + i + "\n");
            }
        }
        return dir;
    }

    private static String word(Random random) {
        int length = 3 + random.nextInt(5);
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append(ARABIC_LETTERS.charAt(random.nextInt(ARABIC_LETTERS.length())));
        }
        return word.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = EntityBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing benchmark resource " + name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
