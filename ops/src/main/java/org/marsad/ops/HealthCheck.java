package org.marsad.ops;

/** One part of a process that must work for the process to be ready: a Streams client, the producer, the broker. */
@FunctionalInterface
public interface HealthCheck {

    /** Asked on every {@code /health/ready} request: must be cheap and must not block. */
    HealthStatus check();
}
