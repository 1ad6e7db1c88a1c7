package org.marsad.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.ClusterConfig;
import org.marsad.config.MarsadConfig;
import org.marsad.model.Topics;
import org.marsad.topics.IncompatibleTopicException;
import org.marsad.topics.MarsadTopics;
import org.marsad.topics.TopicProvisioner;

class EmbeddedKafkaBrokerIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepRecordsWhenRestartedOnSameDataDir() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0)) {
            ClusterConfig cluster = MarsadConfig.parse(Map.of()).cluster().withBootstrapServers(broker.bootstrapServers());
            try (Admin admin = Admin.create(cluster.clientBase())) {
                new TopicProvisioner(admin).ensure(MarsadTopics.all(cluster));
            }
            try (var producer = new KafkaProducer<>(cluster.clientBase(), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(Topics.RAW, "id-1", "مرصد")).get();
            }
        }
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0)) {
            List<ConsumerRecord<String, String>> records = readAll(broker.bootstrapServers(), Topics.RAW, 1);
            assertEquals(1, records.size());
            assertEquals("مرصد", records.get(0).value());
        }
    }

    @Test
    void shouldRefuseIndexTopicThatIsNotCompacted() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0)) {
            ClusterConfig cluster = MarsadConfig.parse(Map.of()).cluster().withBootstrapServers(broker.bootstrapServers());
            try (Admin admin = Admin.create(cluster.clientBase())) {
                admin.createTopics(List.of(new NewTopic(Topics.INDEX, 1, (short) 1))).all().get();
                var error = assertThrows(IncompatibleTopicException.class,
                        () -> new TopicProvisioner(admin).ensure(MarsadTopics.all(cluster)));
                assertTrue(error.getMessage().contains(Topics.INDEX), error.getMessage());
                assertTrue(error.getMessage().contains("cleanup.policy=delete"), error.getMessage());
            }
        }
    }

    private static List<ConsumerRecord<String, String>> readAll(String servers, String topic, int expected) {
        Map<String, Object> props = Map.of(
                "bootstrap.servers", servers,
                "group.id", "embedded-broker-it",
                "auto.offset.reset", "earliest",
                "isolation.level", "read_committed");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
