package org.marsad.search;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the search stage needs; its API is served by the process's operations port, not by the stage.
 *
 * @param indexDir directory of the Lucene index ({@code marsad.search.index.dir}; derived data: deleting it makes
 *     the stage rebuild it)
 * @param kafkaClient Kafka client properties (bootstrap servers, security) for the index-topic reader
 */
public record SearchSettings(Path indexDir, Map<String, Object> kafkaClient) {

    public SearchSettings {
        Objects.requireNonNull(indexDir, "indexDir");
        kafkaClient = Map.copyOf(kafkaClient);
    }
}
