package org.marsad.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.marsad.model.IndexDocument;
import org.marsad.model.IndexDocument.AmountFacet;
import org.marsad.model.IndexDocument.EntityFacet;
import org.marsad.search.IndexSearch;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchRequest;

/**
 * Search at scale (issue #18): indexes N synthetic articles (default 100,000; text from word lists written for
 * this benchmark, fixed seed) straight into a {@link SearchIndex}, prints the indexing rate and index bytes per
 * article, then runs 50 fixed queries (free text, entity filter, amount range with currency; every one with a
 * text part, so with facets and highlights) warm and prints p50/p95/max.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.marsad.bench.SearchBenchmark [articles] [dir]}; with
 * {@code articles} 0 it only runs the queries on the index already in {@code dir} (to repeat them on a quiet
 * machine).
 */
public final class SearchBenchmark {

    private static final String[] AR = ("اقتصاد شركة صفقة سوق نفط طاقة استثمار مصرف حكومة وزارة ميناء شحن تجارة "
            + "صادرات واردات تضخم فائدة عقوبات اتفاق مفاوضات مشروع قطاع سياحة زراعة صناعة تقنية ذكاء بيانات شبكة "
            + "مدينة منطقة مجلس رئيس مدير مستثمر تمويل قرض سندات أسهم أرباح خسائر نمو تراجع ارتفاع انخفاض ميزانية "
            + "ضرائب رسوم جمارك موانئ طيران قطار كهرباء مياه غاز معادن").split(" ");
    private static final String[] CLITICS = {"", "", "", "و", "ب", "ل", "ال", "بال", "وال", "لل"};
    private static final String[] EN = ("economy company deal market oil energy investment bank government ministry "
            + "port shipping trade exports imports inflation interest sanctions agreement talks project sector "
            + "tourism farming industry technology data network city region council president director investor "
            + "funding loan bonds shares profit losses growth decline rise fall budget taxes fees customs airline "
            + "railway power water gas metals").split(" ");
    private static final String[] CURRENCIES = {"SAR", "USD", "AED", "EGP"};
    private static final int ENTITIES = 2000;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("marsad-search-bench");
        Random random = new Random(18);
        long start = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(dir)) {
            if (n > 0) {
                index(index, n, random, dir, start);
            }
            IndexSearch search = new IndexSearch(index.searchers());
            List<Map<String, String>> queries = queries(new Random(1818));
            for (int round = 0; round < 5; round++) {
                run(search, queries); // warm-up: JIT and the OS page cache
            }
            long[][] times = run(search, queries);
            System.out.printf("%d queries (free text, entity, amount range; facets and highlights): wall p50 %.1f ms, "
                    + "p95 %.1f ms, max %.1f ms; CPU p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", queries.size(),
                    percentile(times[0], 0.5), percentile(times[0], 0.95), percentile(times[0], 1),
                    percentile(times[1], 0.5), percentile(times[1], 0.95), percentile(times[1], 1));
        }
    }

    /** The value at {@code p} of the sorted {@code nanos}, in milliseconds (nearest rank). */
    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)] / 1e6;
    }

    private static void index(SearchIndex index, int n, Random random, Path dir, long start) throws IOException {
        for (int i = 0; i < n; i++) {
            index.apply("b" + i, article(i, random), 0, i);
            if (i % 10_000 == 9_999) {
                index.commit();
            }
        }
        index.commit();
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes;
        try (Stream<Path> files = Files.list(dir)) {
            bytes = files.mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("indexed %d articles in %.1f s = %.0f articles/s; index %d bytes = %.0f bytes/article%n",
                n, seconds, n / seconds, bytes, (double) bytes / n);
    }

    /**
     * Runs every query once; returns wall and CPU nanos per query. The search runs on this thread (no searcher
     * executor), so this thread's CPU time is the query's, and it tells the query's cost apart from waiting for
     * a core on a machine shared with other builds.
     */
    private static long[][] run(IndexSearch search, List<Map<String, String>> queries) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[queries.size()];
        long[] cpu = new long[queries.size()];
        long hits = 0;
        for (int i = 0; i < queries.size(); i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            hits += search.search(SearchRequest.fromParameters(queries.get(i))).total();
            wall[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        if (hits == 0) {
            throw new IllegalStateException("no query matched anything: the benchmark is broken");
        }
        return new long[][] {wall, cpu};
    }

    /** 50 fixed queries: 20 free text, 15 entity + a word, 15 amount range + currency + a word. */
    private static List<Map<String, String>> queries(Random random) {
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(Map.of("q", i % 2 == 0 ? pick(random, AR) + " " + pick(random, AR) : pick(random, EN)));
        }
        for (int i = 0; i < 15; i++) {
            out.add(Map.of("q", pick(random, AR), "entity", "marsad:e" + random.nextInt(ENTITIES)));
        }
        for (int i = 0; i < 15; i++) {
            out.add(Map.of("q", pick(random, AR), "currency", pick(random, CURRENCIES),
                    "minAmount", "1e" + (6 + random.nextInt(4)), "maxAmount", "1e11"));
        }
        return out;
    }

    private static IndexDocument article(int i, Random random) {
        boolean english = i % 4 == 3;
        String[] words = english ? EN : AR;
        StringBuilder body = new StringBuilder();
        int length = 120 + random.nextInt(200);
        for (int w = 0; w < length; w++) {
            body.append(english ? "" : CLITICS[random.nextInt(CLITICS.length)]).append(pick(random, words))
                    .append(w % 15 == 14 ? ".\n" : " ");
        }
        String title = pick(random, words) + " " + pick(random, words) + " " + pick(random, words);
        List<EntityFacet> orgs = new ArrayList<>();
        for (int e = 0; e < 1 + random.nextInt(4); e++) {
            int id = random.nextInt(ENTITIES);
            orgs.add(new EntityFacet("marsad:e" + id, "كيان " + id, 1 + random.nextInt(3)));
        }
        List<AmountFacet> amounts = new ArrayList<>();
        for (int a = 0; a < random.nextInt(3); a++) {
            String amount = new BigDecimal(Math.pow(10, 5 + random.nextInt(7)) * (1 + random.nextInt(9)))
                    .toPlainString();
            amounts.add(new AmountFacet(amount, pick(random, CURRENCIES), "EXACT", null, null, amount));
        }
        Instant published = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(300 * 86_400));
        return new IndexDocument(1, "b" + i, null, "source-" + random.nextInt(40), title, body.toString(),
                english ? "en" : "ar", List.of(), null, published, published.plusSeconds(90), "bench", List.of(),
                orgs, List.of(), List.of(), amounts, List.of(), 0, i, "feed-" + random.nextInt(100), published,
                List.of());
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
