package org.marsad.topics;

import java.util.Map;
import java.util.Objects;

/**
 * A topic Marsad needs, with the configs it relies on.
 *
 * @param name topic name
 * @param partitions partitions when created
 * @param replicationFactor replication factor when created
 * @param configs topic configs set at creation; {@code cleanup.policy} must match on an existing topic and
 *     {@code max.message.bytes} must be at least this large
 */
public record TopicSpec(String name, int partitions, short replicationFactor, Map<String, String> configs) {

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        configs = Map.copyOf(configs);
    }
}
