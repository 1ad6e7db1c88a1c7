package org.marsad.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    @Test
    void shouldBeDownWithTheExceptionWhenACheckThrows() {
        HealthReport report = new Readiness()
                .with("producer", () -> {
                    throw new IllegalStateException("producer closed");
                })
                .report();

        assertFalse(report.up());
        assertEquals("check failed: java.lang.IllegalStateException: producer closed",
                report.checks().get("producer").detail());
    }

    @Test
    void shouldBeUpWhenNothingIsChecked() {
        assertTrue(new Readiness().report().up());
    }

    @Test
    void shouldRefuseTheSameNameTwice() {
        Readiness readiness = new Readiness().with("streams", () -> HealthStatus.up("ok"));
        assertThrows(IllegalArgumentException.class, () -> readiness.with("streams", () -> HealthStatus.up("ok")));
    }

    @Test
    void shouldBeReadyOnlyWhileStreamsRunsOrRebalances() {
        for (KafkaStreams.State state : KafkaStreams.State.values()) {
            boolean expected = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
            assertEquals(expected, new StreamsReadiness(() -> state).check().up(), state.name());
        }
        assertEquals("Kafka Streams is ERROR", new StreamsReadiness(() -> KafkaStreams.State.ERROR).check().detail());
    }
}
