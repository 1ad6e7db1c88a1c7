package org.marsad.enrich;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.marsad.broker.ClusterConfig;
import org.marsad.broker.ConfigSources;

/**
 * The enrich stage's settings, parsed once; a bad value fails at start-up naming the key and the value.
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

    public static final String APPLICATION_ID_CONFIG = "marsad.enrich.application.id";
    static final String APPLICATION_ID_DOC = "Kafka Streams application id of the enrich stage.";
    public static final String THREADS_CONFIG = "marsad.enrich.threads";
    static final String THREADS_DOC = "Stream threads of the enrich stage (one per core is a good start).";
    public static final String STATE_DIR_CONFIG = "marsad.enrich.state.dir";
    static final String STATE_DIR_DOC = "Kafka Streams state directory of the enrich stage.";
    public static final String GAZETTEER_DIR_CONFIG = "marsad.enrich.gazetteer.dir";
    static final String GAZETTEER_DIR_DOC = "Directory of extra gazetteer TSV files that add or override entries.";
    public static final String TABLES_DIR_CONFIG = "marsad.enrich.tables.dir";
    static final String TABLES_DIR_DOC = "Directory of extra currency, scale and month tables.";

    public static final ConfigDef DEFINITION = new ConfigDef()
            .define(APPLICATION_ID_CONFIG, Type.STRING, "marsad-enrich", Importance.HIGH, APPLICATION_ID_DOC)
            .define(THREADS_CONFIG, Type.INT, 1, Range.between(1, 64), Importance.MEDIUM, THREADS_DOC)
            .define(STATE_DIR_CONFIG, Type.STRING, System.getProperty("java.io.tmpdir") + "/marsad-enrich",
                    Importance.LOW, STATE_DIR_DOC)
            .define(GAZETTEER_DIR_CONFIG, Type.STRING, "", Importance.LOW, GAZETTEER_DIR_DOC)
            .define(TABLES_DIR_CONFIG, Type.STRING, "", Importance.LOW, TABLES_DIR_DOC);

    public static EnrichConfig from(Map<String, String> keys) {
        AbstractConfig parsed = ConfigSources.parse(DEFINITION, keys);
        return new EnrichConfig(parsed.getString(APPLICATION_ID_CONFIG), parsed.getInt(THREADS_CONFIG),
                parsed.getString(STATE_DIR_CONFIG), optionalPath(parsed.getString(GAZETTEER_DIR_CONFIG)),
                optionalPath(parsed.getString(TABLES_DIR_CONFIG)), ClusterConfig.from(keys));
    }

    private static Path optionalPath(String value) {
        return value.isBlank() ? null : Path.of(value);
    }
}
