package org.marsad.config;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/** The sink stage's keys. */
public final class SinkKeys {

    public static final String APPLICATION_ID = "marsad.sink.application.id";
    public static final String THREADS = "marsad.sink.threads";
    public static final String STATE_DIR = "marsad.sink.state.dir";

    public static final ConfigDef DEFINITION = new ConfigDef()
            .define(APPLICATION_ID, Type.STRING, "marsad-sink", Importance.HIGH,
                    "Kafka Streams application id of the sink stage.")
            .define(THREADS, Type.INT, 1, Range.between(1, 64), Importance.MEDIUM, "Stream threads of the sink stage.")
            .define(STATE_DIR, Type.STRING, "${java.io.tmpdir}/marsad-sink", Importance.LOW,
                    "Kafka Streams state directory of the sink stage (demo and up: under their data directory).");

    private SinkKeys() {
    }
}
