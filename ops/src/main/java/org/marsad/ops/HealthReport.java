package org.marsad.ops;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every readiness check's answer; up only when all are up (and when there are none: a process with nothing to
 * wait for is ready).
 */
public record HealthReport(Map<String, HealthStatus> checks) {

    public HealthReport {
        checks = Map.copyOf(checks);
    }

    public boolean up() {
        return checks.values().stream().allMatch(HealthStatus::up);
    }

    /** The JSON body of {@code /health/ready}: {@code {"status":"UP|DOWN","checks":{name:{status,detail}}}}. */
    public Map<String, Object> body() {
        Map<String, Object> parts = new LinkedHashMap<>();
        checks.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("status", status(entry.getValue().up()));
            part.put("detail", entry.getValue().detail());
            parts.put(entry.getKey(), part);
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status(up()));
        body.put("checks", parts);
        return body;
    }

    private static String status(boolean up) {
        return up ? "UP" : "DOWN";
    }
}
