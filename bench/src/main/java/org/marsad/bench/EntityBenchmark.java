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
 * Measures entity recognition throughput on Arabic news text with a synthetic 100,000-entry gazetteer
 * loaded (on top of the bundled one), and the heap that gazetteer retains.
 *
 * <p>Throughput in MB/s per core is ops/s times the article size printed at set-up (one thread).
 * {@code main} prints the retained heap: {@code java -cp bench/target/benchmarks.jar
 * org.marsad.bench.EntityBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EntityBenchmark {

    static final int SYNTHETIC_ENTRIES = 100_000;
    private static final int CPU_ROUNDS = 5;
    private static final int CPU_DOCS = 20_000;
    private static final String ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private static final String[] TYPES = {"PERSON", "ORG", "LOC", "MISC"};

    private EntityRecognizer recognizer;
    private TextDocument article;

    @Setup
    public void setUp() throws IOException {
        Path dir = syntheticGazetteer(SYNTHETIC_ENTRIES);
        recognizer = EntityRecognizer.load(dir);
        String body = resource("entity/article-ar.txt");
        article = new TextDocument("", body, List.of(), "ar", null, null);
        System.out.printf("article: %d UTF-8 bytes, %d entities%n",
                body.getBytes(StandardCharsets.UTF_8).length, recognizer.recognize(article).size());
    }

    @Benchmark
    public List<EntitySpan> recognizeArabicArticle() {
        return recognizer.recognize(article);
    }

    /**
     * Prints the heap retained by a recognizer loaded with the synthetic gazetteer, then throughput per
     * core measured in thread CPU time, which a busy shared machine distorts far less than wall time.
     */
    public static void main(String[] args) throws IOException {
        Path dir = syntheticGazetteer(SYNTHETIC_ENTRIES);
        EntityRecognizer.load(null);
        long before = usedAfterGc();
        EntityRecognizer loaded = EntityRecognizer.load(dir);
        long after = usedAfterGc();
        System.out.printf("retained heap for %d synthetic entries: %.1f MB (fingerprint %s)%n",
                SYNTHETIC_ENTRIES, (after - before) / 1e6, loaded.fingerprint());
        String body = resource("entity/article-ar.txt");
        TextDocument doc = new TextDocument("", body, List.of(), "ar", null, null);
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < CPU_ROUNDS; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < CPU_DOCS; i++) {
                loaded.recognize(doc);
            }
            double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf("round %d: %.1f MB/s per core (CPU time)%n", round, CPU_DOCS * (double) bytes / 1e6 / seconds);
        }
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
