package org.marsad.sink;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.marsad.model.JsonSerde;
import org.marsad.model.Topics;

/**
 * The sink stage: enriched articles in, one current search document per id out.
 *
 * <ul>
 *   <li>in: {@code marsad.articles.enriched}, key article id, value EnrichedArticle JSON (null: takedown)</li>
 *   <li>out: {@code marsad.articles.index} (compacted), key article id, value IndexDocument JSON (null:
 *       takedown)</li>
 *   <li>state: {@value #POSITIONS_STORE}, id to the raw position of its current document (changelogged)</li>
 * </ul>
 * No repartition: the key is already the article id, and enrich keeps the raw partitioning.
 */
public final class SinkTopology {

    static final String SOURCE = "enriched-source";
    static final String UPDATE = "index-update";
    static final String POSITIONS_STORE = "index-positions";

    private final MeterRegistry registry;

    /** The sink topology; its meters go to {@code registry}. */
    public SinkTopology(MeterRegistry registry) {
        this.registry = registry;
    }

    public Topology build() {
        StreamsBuilder builder = new StreamsBuilder();
        SinkMeters meters = new SinkMeters(registry);
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(POSITIONS_STORE),
                Serdes.String(), new JsonSerde<>(IndexPosition.class)));
        builder.stream(Topics.ENRICHED, Consumed.with(Topics.KEY_SERDE, Topics.ENRICHED_SERDE).withName(SOURCE))
                .process(() -> new IndexUpdateProcessor(POSITIONS_STORE, meters), Named.as(UPDATE), POSITIONS_STORE)
                .to(Topics.INDEX, Produced.with(Topics.KEY_SERDE, Topics.INDEX_SERDE).withName("index-sink"));
        return builder.build();
    }
}
