package org.marsad.ops;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Whether the Kafka cluster answers, asked in the background every few seconds: a readiness check must not block
 * on the broker, so {@link #check()} returns the last answer. Also the one start-up probe of every command
 * ({@link #require}), so "cannot reach Kafka" reads the same wherever it is said.
 */
public final class BrokerReachability implements HealthCheck, AutoCloseable {

    private static final Duration EVERY = Duration.ofSeconds(5);

    private final AdminClient admin;
    private final String servers;
    private final ScheduledExecutorService schedule;
    private volatile HealthStatus last;

    private BrokerReachability(AdminClient admin, String servers) {
        this.admin = admin;
        this.servers = servers;
        this.last = HealthStatus.down("Kafka at " + servers + " not asked yet");
        // A daemon thread: a process that fails to close cleanly must still be able to exit.
        this.schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "marsad-broker-check");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts asking the cluster of {@code client} (Kafka client properties) every 5 s. */
    public static BrokerReachability watch(Map<String, Object> client, OperationsMetrics metrics) {
        BrokerReachability reachability = new BrokerReachability(AdminClient.create(client),
                servers(client));
        metrics.bind(reachability.admin);
        reachability.schedule.scheduleWithFixedDelay(
                () -> reachability.last = ask(reachability.admin, reachability.servers, EVERY),
                0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return reachability;
    }

    /**
     * Waits up to {@code timeout} for the cluster of {@code client} to answer; fails naming the address otherwise,
     * so a command pointed at a missing broker stops at once instead of waiting in Kafka's own time-outs.
     */
    public static void require(Map<String, Object> client, Duration timeout) {
        // The admin's own request and API time-outs stay within ours, so its close does not wait longer.
        Map<String, Object> props = new HashMap<>(client);
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        try (Admin admin = Admin.create(props)) {
            HealthStatus answer = ask(admin, servers(client), timeout);
            if (!answer.up()) {
                throw new IllegalStateException(answer.detail());
            }
        }
    }

    @Override
    public HealthStatus check() {
        return last;
    }

    private static HealthStatus ask(Admin admin, String servers, Duration timeout) {
        try {
            int nodes = admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
            return HealthStatus.up(nodes + " broker(s) answer at " + servers);
        } catch (TimeoutException e) {
            return noAnswer(servers, timeout);
        } catch (ExecutionException e) {
            // The admin's own time-out equals ours, so which of the two fires first is a race: same answer.
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                return noAnswer(servers, timeout);
            }
            return HealthStatus.down("cannot reach Kafka at " + servers + " (" + e.getCause().getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthStatus.down("interrupted while asking Kafka at " + servers);
        }
    }

    private static HealthStatus noAnswer(String servers, Duration timeout) {
        return HealthStatus.down("cannot reach Kafka at " + servers + " (no answer within " + timeout.toSeconds()
                + " s; set marsad.cluster.connect.timeout to wait longer)");
    }

    private static String servers(Map<String, Object> client) {
        return String.valueOf(client.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
    }

    @Override
    public void close() {
        schedule.shutdownNow();
        admin.close(Duration.ofSeconds(5));
    }
}
