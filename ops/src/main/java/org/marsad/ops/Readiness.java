package org.marsad.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The named checks behind {@code /health/ready}: the process is ready when every check is up. A check that
 * throws is down with the exception as its detail, so one broken check cannot hide the others.
 */
public final class Readiness {

    private final Map<String, HealthCheck> checks = new LinkedHashMap<>();

    /** Adds a check under a name that says which part it watches ({@code streams}, {@code producer}). */
    public synchronized Readiness with(String name, HealthCheck check) {
        if (checks.putIfAbsent(Objects.requireNonNull(name, "name"), Objects.requireNonNull(check, "check")) != null) {
            throw new IllegalArgumentException("Readiness check '" + name + "' is already registered");
        }
        return this;
    }

    /** Runs every check once. */
    public HealthReport report() {
        Map<String, HealthCheck> snapshot;
        synchronized (this) {
            snapshot = new LinkedHashMap<>(checks);
        }
        Map<String, HealthStatus> statuses = new LinkedHashMap<>();
        snapshot.forEach((name, check) -> statuses.put(name, run(check)));
        return new HealthReport(statuses);
    }

    private static HealthStatus run(HealthCheck check) {
        try {
            return Objects.requireNonNull(check.check(), "check returned null");
        } catch (RuntimeException e) {
            return HealthStatus.down("check failed: " + e);
        }
    }
}
