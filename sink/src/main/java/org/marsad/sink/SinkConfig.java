package org.marsad.sink;

import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.marsad.broker.ClusterConfig;
import org.marsad.broker.ConfigSources;

/**
 * The sink stage's settings, parsed once; a bad value fails at start-up naming the key and the value.
 *
 * @param applicationId Kafka Streams application id of the sink
 * @param threads stream threads
 * @param stateDir Kafka Streams state directory (holds the index-positions store)
 * @param cluster the shared cluster settings
 */
public record SinkConfig(String applicationId, int threads, String stateDir, ClusterConfig cluster) {

    public static final String APPLICATION_ID_CONFIG = "marsad.sink.application.id";
    static final String APPLICATION_ID_DOC = "Kafka Streams application id of the sink stage.";
    public static final String THREADS_CONFIG = "marsad.sink.threads";
    static final String THREADS_DOC = "Stream threads of the sink stage.";
    public static final String STATE_DIR_CONFIG = "marsad.sink.state.dir";
    static final String STATE_DIR_DOC = "Kafka Streams state directory of the sink stage.";

    public static final ConfigDef DEFINITION = new ConfigDef()
            .define(APPLICATION_ID_CONFIG, Type.STRING, "marsad-sink", Importance.HIGH, APPLICATION_ID_DOC)
            .define(THREADS_CONFIG, Type.INT, 1, Range.between(1, 64), Importance.MEDIUM, THREADS_DOC)
            .define(STATE_DIR_CONFIG, Type.STRING, System.getProperty("java.io.tmpdir") + "/marsad-sink",
                    Importance.LOW, STATE_DIR_DOC);

    public static SinkConfig from(Map<String, String> keys) {
        AbstractConfig parsed = ConfigSources.parse(DEFINITION, keys);
        return new SinkConfig(parsed.getString(APPLICATION_ID_CONFIG), parsed.getInt(THREADS_CONFIG),
                parsed.getString(STATE_DIR_CONFIG), ClusterConfig.from(keys));
    }
}
