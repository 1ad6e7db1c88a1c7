package org.marsad.config;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/** The enrich stage's keys. */
public final class EnrichKeys {

    public static final String APPLICATION_ID = "marsad.enrich.application.id";
    public static final String THREADS = "marsad.enrich.threads";
    public static final String STATE_DIR = "marsad.enrich.state.dir";
    public static final String GAZETTEER_DIR = "marsad.enrich.gazetteer.dir";
    public static final String TABLES_DIR = "marsad.enrich.tables.dir";

    public static final ConfigDef DEFINITION = new ConfigDef()
            .define(APPLICATION_ID, Type.STRING, "marsad-enrich", Importance.HIGH,
                    "Kafka Streams application id of the enrich stage.")
            .define(THREADS, Type.INT, 1, Range.between(1, 64), Importance.MEDIUM,
                    "Stream threads of the enrich stage (one per core is a good start).")
            .define(STATE_DIR, Type.STRING, "${java.io.tmpdir}/marsad-enrich", Importance.LOW,
                    "Kafka Streams state directory of the enrich stage (demo and up: under their data directory).")
            .define(GAZETTEER_DIR, Type.STRING, "", Importance.LOW,
                    "Directory of extra gazetteer TSV files that add or override entries.")
            .define(TABLES_DIR, Type.STRING, "", Importance.LOW,
                    "Directory of extra currency, scale and month tables.");

    private EnrichKeys() {
    }
}
