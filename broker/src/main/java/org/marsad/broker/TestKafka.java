package org.marsad.broker;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.marsad.config.ConfigSources;

/**
 * Picks the broker that tests run against: the embedded KRaft broker by default, or a Testcontainers
 * broker when {@code MARSAD_TEST_KAFKA=testcontainers}. A selection that cannot start fails the test run;
 * it is never silently skipped.
 */
public final class TestKafka {

    public static final String SELECTOR_ENV = ConfigSources.TEST_KAFKA_ENV;

    /**
     * Broker settings that let a killed client's transaction and group membership expire in seconds, so
     * recovery tests do not wait for production time-outs.
     */
    public static final Map<String, String> FAST_RECOVERY = Map.of(
            "transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000",
            "transaction.remove.expired.transaction.cleanup.interval.ms", "5000",
            "group.min.session.timeout.ms", "1000");

    private TestKafka() {
    }

    /** Starts the selected broker; {@code dataDir} is used by the embedded one. */
    public static KafkaBroker start(Path dataDir) {
        String selected = System.getenv().getOrDefault(SELECTOR_ENV, "embedded").toLowerCase(Locale.ROOT);
        return switch (selected) {
            case "embedded" -> EmbeddedKafkaBroker.start(dataDir, 0, FAST_RECOVERY);
            case "testcontainers" -> ContainerKafkaBroker.start();
            default -> throw new IllegalArgumentException(
                    SELECTOR_ENV + "=" + selected + " is not a broker kind: use embedded or testcontainers");
        };
    }
}
