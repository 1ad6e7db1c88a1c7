package org.marsad.config;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/** The search stage's keys; its API is served on the operations port ({@link HttpKeys}). */
public final class SearchKeys {

    public static final String INDEX_DIR = "marsad.search.index.dir";

    public static final ConfigDef DEFINITION = new ConfigDef()
            .define(INDEX_DIR, Type.STRING, "marsad-data/search-index", new ConfigDef.NonEmptyString(),
                    Importance.MEDIUM, "Directory of the search stage's Lucene index (derived data: deleting it makes"
                            + " the stage rebuild it from the index topic); up and demo: DATA_DIR/search-index.");

    private SearchKeys() {
    }
}
