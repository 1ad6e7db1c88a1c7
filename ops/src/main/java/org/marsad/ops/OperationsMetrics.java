package org.marsad.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The one meter registry of a Marsad process, in Prometheus format: JVM meters from the start, Kafka client and
 * Streams meters through Micrometer's Kafka binders as the process opens them, and Marsad's own meters, which
 * stages register on {@link #registry()} (names and tags: docs/OPERATIONS.md).
 */
public final class OperationsMetrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<AutoCloseable> binders = new CopyOnWriteArrayList<>();
    private final JvmGcMetrics gc = new JvmGcMetrics();

    /** A registry with the JVM's memory, GC, thread, class-loading, CPU and uptime meters bound. */
    public static OperationsMetrics withJvmMetrics() {
        OperationsMetrics metrics = new OperationsMetrics();
        new ClassLoaderMetrics().bindTo(metrics.registry);
        new JvmMemoryMetrics().bindTo(metrics.registry);
        metrics.gc.bindTo(metrics.registry);
        new JvmThreadMetrics().bindTo(metrics.registry);
        new ProcessorMetrics().bindTo(metrics.registry);
        new UptimeMetrics().bindTo(metrics.registry);
        return metrics;
    }

    private OperationsMetrics() {
    }

    /** Where stages register their own meters. */
    public MeterRegistry registry() {
        return registry;
    }

    /** Exposes a Streams client's metrics (task, thread, state-store, and its embedded clients' metrics). */
    public void bind(KafkaStreams streams) {
        remember(new KafkaStreamsMetrics(streams));
    }

    public void bind(Producer<?, ?> producer) {
        remember(new KafkaClientMetrics(producer));
    }

    public void bind(Consumer<?, ?> consumer) {
        remember(new KafkaClientMetrics(consumer));
    }

    public void bind(AdminClient admin) {
        remember(new KafkaClientMetrics(admin));
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    private <B extends MeterBinder & AutoCloseable> void remember(B binder) {
        binder.bindTo(registry);
        binders.add(binder);
    }

    @Override
    public void close() {
        for (AutoCloseable binder : binders) {
            try {
                binder.close();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot close meter binder " + binder, e);
            }
        }
        gc.close();
        registry.close();
    }
}
