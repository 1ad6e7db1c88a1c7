package org.marsad.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.enrich.text.entity.EntityRecognizer;

/**
 * Load time and retained heap of the entity recognizer with the full bundled gazetteer (hand-written lists plus
 * every GeoNames country, region and city, #11), the figures docs/ENTITIES.md and docs/BENCHMARKS.md quote.
 *
 * <p>Run: {@code java -Xmx1g -cp bench/target/benchmarks.jar org.marsad.bench.GazetteerLoad}. The first load
 * includes class loading, the models, the feature lists and the gazetteer (the recognizer shares the tagger's
 * copy). Later loads name an empty user directory, which makes the recognizer read and build its own copy of the
 * bundled gazetteer: they time that alone, and the heap it retains.
 */
public final class GazetteerLoad {

    private static final int LOADS = 5;

    private GazetteerLoad() {
    }

    public static void main(String[] args) throws IOException {
        Path emptyUserDir = Files.createTempDirectory("marsad-no-user-gazetteer");
        emptyUserDir.toFile().deleteOnExit();
        long empty = usedAfterGc();
        long start = System.nanoTime();
        EntityRecognizer first = EntityRecognizer.load(null);
        System.out.printf("first load (models, feature lists, gazetteer): %.2f s%n", (System.nanoTime() - start) / 1e9);
        long loaded = usedAfterGc();
        System.out.printf("retained heap after the first load: %.1f MB (fingerprint %s)%n", (loaded - empty) / 1e6,
                first.fingerprint());
        EntityRecognizer again = null;
        for (int i = 0; i < LOADS; i++) {
            start = System.nanoTime();
            again = EntityRecognizer.load(emptyUserDir);
            System.out.printf("load %d (bundled gazetteer only): %.2f s%n", i + 2, (System.nanoTime() - start) / 1e9);
        }
        long both = usedAfterGc();
        System.out.printf("retained heap of one more copy of the gazetteer: %.1f MB (%s)%n", (both - loaded) / 1e6,
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
