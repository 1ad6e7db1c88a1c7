package org.marsad.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.KafkaBroker;
import org.marsad.config.ClusterConfig;
import org.marsad.config.MarsadConfig;
import org.marsad.fixtures.TestKafka;
import org.marsad.model.Topics;
import org.marsad.topics.MarsadTopics;
import org.marsad.topics.TopicProvisioner;

/** Loading the seen-state from its topic on a real broker, and loading it again as a restart does. */
class SeenStateTopicIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    static Path dataDir;
    private static KafkaBroker broker;
    private static ClusterConfig cluster;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = TestKafka.start(dataDir.resolve("kafka"));
        cluster = MarsadConfig.parse(Map.of("marsad.topic.partitions", "2")).cluster().withBootstrapServers(broker.bootstrapServers());
        try (Admin admin = Admin.create(cluster.clientBase())) {
            new TopicProvisioner(admin).ensure(List.of(MarsadTopics.compacted(Topics.INGEST_SEEN, cluster)));
        }
        try (var producer = new KafkaProducer<>(cluster.clientBase(), new StringSerializer(), new StringSerializer())) {
            for (String[] record : new String[][] {{"a", "h1"}, {"b", "h1"}, {"a", "h2"}, {"c", "h1"}, {"c", null}}) {
                producer.send(new ProducerRecord<>(Topics.INGEST_SEEN, record[0], record[1])).get();
            }
        }
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void shouldHoldLastVersionPerIdAndForgetTakedownsWhenLoaded() {
        try (SeenStateTopic topic = SeenStateTopic.load(cluster.clientBase(), TIMEOUT, dataDir.resolve("load"))) {
            SeenState state = topic.state();

            assertEquals(2, state.size());
            assertFalse(state.claim("a", "h2"));
            assertFalse(state.claim("b", "h1"));
            assertTrue(state.claim("a", "h1"), "an older version is a change");
            assertTrue(state.claim("c", "h1"), "a tombstone forgot c");
        }
    }

    @Test
    void shouldRebuildFromTopicAndDropUnwrittenClaimsWhenRestarted() throws IOException {
        Path parent = dataDir.resolve("restart");
        try (SeenStateTopic first = SeenStateTopic.load(cluster.clientBase(), TIMEOUT, parent)) {
            assertTrue(first.state().claim("never-written", "h1"));
        }
        try (Stream<Path> left = Files.list(parent)) {
            assertEquals(List.of(), left.toList(), "a closed store leaves nothing on disk");
        }

        try (SeenStateTopic second = SeenStateTopic.load(cluster.clientBase(), TIMEOUT, parent)) {
            assertEquals(2, second.state().size());
            assertFalse(second.state().claim("a", "h2"), "read back from the topic");
            assertTrue(second.state().claim("never-written", "h1"), "a claim the topic never got is not kept");
        }
    }
}
