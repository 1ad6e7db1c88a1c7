package org.marsad.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** Without a broker at the address: the start-up probe gives up in time, the readiness check turns down. */
class BrokerReachabilityTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void shouldFailNamingTheAddressWhenNoBrokerAnswersWithinTheTimeout() throws IOException {
        String nowhere = unusedAddress();
        long started = System.nanoTime();

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> BrokerReachability.require(Map.of("bootstrap.servers", nowhere), Duration.ofSeconds(1)));

        assertEquals("cannot reach Kafka at " + nowhere + " (no answer within 1 s; set marsad.cluster.connect.timeout"
                + " to wait longer)", error.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(15)) < 0);
    }

    @Test
    void shouldReportDownNamingTheAddressWhenTheClusterDoesNotAnswer() throws IOException {
        String nowhere = unusedAddress();
        try (OperationsMetrics metrics = OperationsMetrics.withJvmMetrics();
                BrokerReachability broker = BrokerReachability.watch(Map.of("bootstrap.servers", nowhere), metrics)) {
            assertFalse(broker.check().up(), "down until the cluster answered once");
            long end = System.nanoTime() + DEADLINE.toNanos();
            while (!broker.check().detail().startsWith("cannot reach Kafka at " + nowhere)) {
                assertTrue(System.nanoTime() < end, "no answer reported within " + DEADLINE + ": " + broker.check());
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
            assertFalse(broker.check().up());
        }
    }

    private static String unusedAddress() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "127.0.0.1:" + socket.getLocalPort();
        }
    }
}
