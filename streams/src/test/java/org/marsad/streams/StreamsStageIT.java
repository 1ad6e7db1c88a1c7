package org.marsad.streams;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.KafkaBroker;
import org.marsad.fixtures.TestKafka;

/** A stage whose threads keep failing reports its failure, so the process can exit; a closed one does not. */
class StreamsStageIT {

    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @TempDir
    static Path dir;
    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = TestKafka.start(dir.resolve("broker"));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("poison", 1, (short) 1), new NewTopic("quiet", 1, (short) 1)))
                    .all().get();
        }
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("poison", "k", "v")).get();
        }
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void shouldReportFailureWhenEveryReplacedThreadFailsAgain() throws Exception {
        // Without Marsad's dead-letter handlers, a processing exception kills the stream thread: the record is
        // never committed, so each replacement thread reads it and dies again until the policy gives up.
        Topology failing = topology("poison", value -> {
            throw new IllegalStateException("cannot process " + value);
        });
        try (StreamsStage stage = StreamsStage.start(failing, properties("failing"))) {
            String reason = stage.failure().get(DEADLINE.toSeconds(), TimeUnit.SECONDS);

            assertTrue(reason.contains("ERROR"), reason);
            assertTrue(stage.state() == KafkaStreams.State.ERROR || stage.state() == KafkaStreams.State.PENDING_ERROR,
                    stage.state().name());
        }
    }

    @Test
    void shouldNotReportFailureWhenClosedOnPurpose() throws Exception {
        StreamsStage stage = StreamsStage.start(topology("quiet", value -> { }), properties("quiet"));
        Instant deadline = Instant.now().plus(DEADLINE);
        while (stage.state() != KafkaStreams.State.RUNNING && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        assertTrue(stage.state() == KafkaStreams.State.RUNNING, "the stage never ran: " + stage.state());

        stage.close();

        assertFalse(stage.failure().isDone(), () -> "closing is not a failure: " + stage.failure().getNow(null));
    }

    private static Topology topology(String topic, java.util.function.Consumer<String> action) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(topic, Consumed.with(Serdes.String(), Serdes.String())).foreach((key, value) -> action.accept(value));
        return builder.build();
    }

    private static Properties properties(String applicationId) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("state-" + applicationId).toString());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        props.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        // A replaced thread rejoins the group; short sessions keep each round to seconds, not the 45 s default.
        props.put(StreamsConfig.consumerPrefix("session.timeout.ms"), 6000);
        props.put(StreamsConfig.consumerPrefix("heartbeat.interval.ms"), 1000);
        return props;
    }
}
