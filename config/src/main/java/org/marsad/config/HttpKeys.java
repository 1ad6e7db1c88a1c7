package org.marsad.config;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * The operations port every long-running process opens: metrics, health, and the search API where the process
 * runs the search stage. One port per process, on the project's one embedded HTTP server.
 */
public final class HttpKeys {

    public static final String PORT = "marsad.http.port";
    public static final String HOST = "marsad.http.host";

    public static final ConfigDef DEFINITION = new ConfigDef()
            .define(PORT, Type.INT, 8091, Range.between(0, 65535), Importance.MEDIUM,
                    "Operations port of this process (/metrics, /health/live, /health/ready, and /api/search"
                            + " where the search stage runs); 0 disables it.")
            .define(HOST, Type.STRING, "127.0.0.1", new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                    "Address the operations port binds to; 0.0.0.0 exposes it on every interface (containers).");

    private HttpKeys() {
    }
}
