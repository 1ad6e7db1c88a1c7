package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.marsad.enrich.text.entity.EntityRecognizer;

/**
 * Load time and retained heap of the entity recognizer with the full bundled gazetteer (hand-written lists plus
 * every GeoNames country, region and city, #11), the figures docs/ENTITIES.md and docs/BENCHMARKS.md quote.
 *
 * <p>Run: {@code java -Xmx1g -cp bench/target/benchmarks.jar org.marsad.bench.GazetteerLoad}. The first load
 * includes class loading and the tagger's own copy of the gazetteer for its features; later loads share that
 * copy and the models' classes, so they time the recognizer's gazetteer alone.
 */
public final class GazetteerLoad {

    private static final int LOADS = 5;

    private GazetteerLoad() {
    }

    public static void main(String[] args) {
        long empty = usedAfterGc();
        long start = System.nanoTime();
        EntityRecognizer first = EntityRecognizer.load(null);
        System.out.printf("first load (models, feature lists, gazetteer twice): %.2f s%n", (System.nanoTime() - start) / 1e9);
        long loaded = usedAfterGc();
        System.out.printf("retained heap after the first load: %.1f MB (fingerprint %s)%n", (loaded - empty) / 1e6,
                first.fingerprint());
        EntityRecognizer again = null;
        for (int i = 0; i < LOADS; i++) {
            start = System.nanoTime();
            again = EntityRecognizer.load(null);
            System.out.printf("load %d (recognizer gazetteer only): %.2f s%n", i + 2, (System.nanoTime() - start) / 1e9);
        }
        long both = usedAfterGc();
        System.out.printf("retained heap of one more recognizer gazetteer: %.1f MB (%s)%n", (both - loaded) / 1e6,
                again.fingerprint().equals(first.fingerprint()) ? "same fingerprint" : "DIFFERENT fingerprint");
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
