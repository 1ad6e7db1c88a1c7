package org.marsad.ops;

import java.util.Objects;

/**
 * The answer of one {@link HealthCheck}.
 *
 * @param up whether this part works
 * @param detail what it is doing, or what is wrong (never null)
 */
public record HealthStatus(boolean up, String detail) {

    public HealthStatus {
        Objects.requireNonNull(detail, "detail");
    }

    public static HealthStatus up(String detail) {
        return new HealthStatus(true, detail);
    }

    public static HealthStatus down(String detail) {
        return new HealthStatus(false, detail);
    }
}
