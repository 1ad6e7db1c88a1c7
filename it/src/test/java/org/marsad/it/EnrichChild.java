package org.marsad.it;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.marsad.config.ClusterConfig;
import org.marsad.config.EnrichKeys;
import org.marsad.config.MarsadConfig;
import org.marsad.enrich.EnrichApp;
import org.marsad.enrich.EnrichConfig;
import org.marsad.enrich.text.DocumentAnalyzer;
import org.marsad.fixtures.TestStreams;

/**
 * The enrich stage alone in its own JVM, so a crash test can kill it with SIGKILL: no shutdown hook, no
 * leave-group, an open transaction left behind. Arguments: bootstrap servers, state directory.
 */
public final class EnrichChild {

    private EnrichChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> keys = Map.of(ClusterConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                EnrichKeys.STATE_DIR, args[1]);
        EnrichApp.start(EnrichConfig.from(MarsadConfig.parse(keys)), DocumentAnalyzer.load(null, null), TestStreams.FAST,
                new SimpleMeterRegistry());
        System.out.println("enrich child started");
        new CountDownLatch(1).await();
    }
}
