package org.marsad.enrich;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.marsad.model.Topics;

/**
 * Reads a {@code RawArticle} and keeps its bytes. Bytes that are not a RawArticle throw, which sends the
 * record through Kafka Streams' deserialization handler to the dead-letter topic.
 */
final class ReceivedArticleSerde implements Serde<ReceivedArticle> {

    @Override
    public Serializer<ReceivedArticle> serializer() {
        return (topic, received) -> received == null ? null : received.bytes();
    }

    @Override
    public Deserializer<ReceivedArticle> deserializer() {
        Deserializer<org.marsad.model.RawArticle> json = Topics.RAW_SERDE.deserializer();
        return (topic, bytes) -> bytes == null ? null : new ReceivedArticle(json.deserialize(topic, bytes), bytes);
    }
}
