package org.marsad.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.marsad.enrich.text.TextDocument;
import org.marsad.enrich.text.quantity.Quantities;
import org.marsad.enrich.text.quantity.QuantityExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Measures money, percent and date extraction over a mixed Arabic and English article set on one thread.
 *
 * <p>The set is built from the paragraphs in {@code quantity/paragraphs.txt}, three to an article, rotated so
 * that neighbouring articles differ, until it holds {@value #TARGET_BYTES} bytes of UTF-8. One operation
 * extracts from every article once, so MB/s per core is the set size printed at setup times ops/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QuantityBenchmark {

    static final int TARGET_BYTES = 400_000;
    private static final int PARAGRAPHS_PER_ARTICLE = 3;
    private static final Instant PUBLISHED = Instant.parse("2025-02-12T10:00:00Z");

    private static final int CPU_OPERATIONS = 10;

    private QuantityExtractor extractor;
    private List<TextDocument> articles;
    private long bytes;

    @Setup
    public void setUp() {
        extractor = QuantityExtractor.load(null);
        articles = articles(paragraphs());
        bytes = 0;
        for (TextDocument article : articles) {
            bytes += article.title().getBytes(StandardCharsets.UTF_8).length + article.body().getBytes(StandardCharsets.UTF_8).length;
        }
        System.err.printf("QuantityBenchmark article set: %d articles, %d bytes UTF-8%n", articles.size(), bytes);
    }

    @Benchmark
    public void extractAll(Blackhole sink) {
        for (TextDocument article : articles) {
            Quantities found = extractor.extract(article, List.of());
            sink.consume(found);
        }
    }

    /**
     * MB/s per core by thread CPU time, which a busy shared machine distorts far less than JMH's wall clock:
     * {@code java -cp bench/target/benchmarks.jar org.marsad.bench.QuantityBenchmark}.
     */
    public static void main(String[] args) {
        QuantityBenchmark benchmark = new QuantityBenchmark();
        benchmark.setUp();
        long[] found = new long[1];
        EntityBenchmark.cpuRounds("quantity", benchmark.bytes, CPU_OPERATIONS, () -> {
            for (TextDocument article : benchmark.articles) {
                found[0] += benchmark.extractor.extract(article, List.of()).money().size();
            }
        });
        System.out.println("money mentions found: " + found[0]);
    }

    private static List<TextDocument> articles(List<String> paragraphs) {
        List<TextDocument> out = new ArrayList<>();
        long bytes = 0;
        for (int n = 0; bytes < TARGET_BYTES; n++) {
            StringBuilder body = new StringBuilder();
            for (int k = 0; k < PARAGRAPHS_PER_ARTICLE; k++) {
                body.append(paragraphs.get((n + k * 3) % paragraphs.size())).append('\n');
            }
            String first = paragraphs.get(n % paragraphs.size());
            String title = first.substring(0, Math.min(90, first.length()));
            out.add(new TextDocument(title, body.toString(), List.of(), "und", PUBLISHED, null));
            bytes += title.getBytes(StandardCharsets.UTF_8).length + body.toString().getBytes(StandardCharsets.UTF_8).length;
        }
        return out;
    }

    private static List<String> paragraphs() {
        try (InputStream in = QuantityBenchmark.class.getResourceAsStream("quantity/paragraphs.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing quantity/paragraphs.txt");
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
