package org.marsad.model;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Marsad's topics and the serdes for their keys and values. Every key is the article id as a UTF-8 string.
 *
 * <ul>
 *   <li>{@link #RAW}: {@link RawArticle}; the archive, unlimited retention</li>
 *   <li>{@link #ENRICHED}: {@link EnrichedArticle}</li>
 *   <li>{@link #INDEX}: {@link IndexDocument}; compacted, one current document per id</li>
 *   <li>{@link #DLQ}: rejected records, unchanged bytes, reason in {@link DeadLetterHeaders}</li>
 *   <li>{@link #INGEST_SEEN}: ingest's seen-state, compacted: key article id, value the content hash of the
 *       version last written, a tombstone for a takedown; named here because replay and the CLI write it too</li>
 * </ul>
 */
public final class Topics {

    public static final String RAW = "marsad.articles.raw";
    public static final String ENRICHED = "marsad.articles.enriched";
    public static final String INDEX = "marsad.articles.index";
    public static final String DLQ = "marsad.articles.dlq";
    public static final String INGEST_SEEN = "marsad.ingest.seen";

    public static final Serde<String> KEY_SERDE = Serdes.String();
    public static final JsonSerde<RawArticle> RAW_SERDE = new JsonSerde<>(RawArticle.class);
    public static final JsonSerde<EnrichedArticle> ENRICHED_SERDE = new JsonSerde<>(EnrichedArticle.class);
    public static final JsonSerde<IndexDocument> INDEX_SERDE = new JsonSerde<>(IndexDocument.class);

    private Topics() {
    }
}
