package org.marsad.config;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;

/**
 * The Kafka client property names a {@code marsad.kafka.*} key may carry, and which of them are secrets.
 * Kafka Streams' own names are added by the caller that has Kafka Streams on its classpath.
 */
final class KafkaClientKeys {

    private final Set<String> names = new HashSet<>();
    private final Map<String, ConfigDef.Type> types = new HashMap<>();

    KafkaClientKeys(Set<String> extraNames) {
        for (ConfigDef definition : new ConfigDef[] {
            ProducerConfig.configDef(), ConsumerConfig.configDef(), AdminClientConfig.configDef()}) {
            definition.configKeys().forEach((name, key) -> types.put(name, key.type));
        }
        names.addAll(types.keySet());
        names.addAll(extraNames);
    }

    Set<String> names() {
        return names;
    }

    /** True for a password-typed client property ({@code ssl.key.password}, {@code sasl.jaas.config}...). */
    boolean secret(String name) {
        return types.get(name) == ConfigDef.Type.PASSWORD;
    }
}
