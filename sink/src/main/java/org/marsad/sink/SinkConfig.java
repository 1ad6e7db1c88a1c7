package org.marsad.sink;

import org.apache.kafka.common.config.AbstractConfig;
import org.marsad.config.ClusterConfig;
import org.marsad.config.ConfigArea;
import org.marsad.config.MarsadConfig;
import org.marsad.config.SinkKeys;

/**
 * The sink stage's settings, taken from the configuration the CLI parsed once; the keys are declared in
 * {@link SinkKeys}.
 *
 * @param applicationId Kafka Streams application id of the sink
 * @param threads stream threads
 * @param stateDir Kafka Streams state directory (holds the index-positions store)
 * @param cluster the shared cluster settings
 */
public record SinkConfig(String applicationId, int threads, String stateDir, ClusterConfig cluster) {

    public static SinkConfig from(MarsadConfig config) {
        AbstractConfig values = config.area(ConfigArea.SINK);
        return new SinkConfig(values.getString(SinkKeys.APPLICATION_ID), values.getInt(SinkKeys.THREADS),
                ConfigArea.expandTmpdir(values.getString(SinkKeys.STATE_DIR)), config.cluster());
    }

    /** A copy on another cluster (the embedded broker's, say). */
    public SinkConfig withCluster(ClusterConfig other) {
        return new SinkConfig(applicationId, threads, stateDir, other);
    }

    /** A copy with another state directory (demo and up place it under their data directory). */
    public SinkConfig withStateDir(String dir) {
        return new SinkConfig(applicationId, threads, dir, cluster);
    }
}
