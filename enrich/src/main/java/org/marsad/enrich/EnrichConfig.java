package org.marsad.enrich;

import java.nio.file.Path;
import org.apache.kafka.common.config.AbstractConfig;
import org.marsad.config.ClusterConfig;
import org.marsad.config.ConfigArea;
import org.marsad.config.EnrichKeys;
import org.marsad.config.MarsadConfig;

/**
 * The enrich stage's settings, taken from the configuration the CLI parsed once; the keys are declared in
 * {@link EnrichKeys}.
 *
 * @param applicationId Kafka Streams application id (consumer group and transactional id prefix)
 * @param threads stream threads
 * @param stateDir Kafka Streams state directory
 * @param gazetteerDir user gazetteer TSV files, or null
 * @param tablesDir user currency, scale and month tables, or null
 * @param cluster the shared cluster settings
 */
public record EnrichConfig(
        String applicationId, int threads, String stateDir, Path gazetteerDir, Path tablesDir, ClusterConfig cluster) {

    public static EnrichConfig from(MarsadConfig config) {
        AbstractConfig values = config.area(ConfigArea.ENRICH);
        return new EnrichConfig(values.getString(EnrichKeys.APPLICATION_ID), values.getInt(EnrichKeys.THREADS),
                ConfigArea.expandTmpdir(values.getString(EnrichKeys.STATE_DIR)),
                optionalPath(values.getString(EnrichKeys.GAZETTEER_DIR)),
                optionalPath(values.getString(EnrichKeys.TABLES_DIR)), config.cluster());
    }

    /** A copy on another cluster (the embedded broker's, say). */
    public EnrichConfig withCluster(ClusterConfig other) {
        return new EnrichConfig(applicationId, threads, stateDir, gazetteerDir, tablesDir, other);
    }

    /** A copy with another state directory (demo and up place it under their data directory). */
    public EnrichConfig withStateDir(String dir) {
        return new EnrichConfig(applicationId, threads, dir, gazetteerDir, tablesDir, cluster);
    }

    private static Path optionalPath(String value) {
        return value.isBlank() ? null : Path.of(value);
    }
}
