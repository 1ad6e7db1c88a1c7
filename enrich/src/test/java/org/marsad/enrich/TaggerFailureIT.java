package org.marsad.enrich;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.KafkaBroker;
import org.marsad.config.ClusterConfig;
import org.marsad.config.EnrichKeys;
import org.marsad.config.MarsadConfig;
import org.marsad.enrich.text.Analysis;
import org.marsad.enrich.text.TextAnalyzer;
import org.marsad.enrich.text.TextDocument;
import org.marsad.fixtures.TestKafka;
import org.marsad.model.DeadLetterHeaders;
import org.marsad.model.RawArticle;
import org.marsad.model.Topics;
import org.marsad.streams.StreamsStage;
import org.marsad.topics.MarsadTopics;
import org.marsad.topics.TopicProvisioner;

/**
 * A body that makes the tagger throw goes to the dead-letter topic through Kafka Streams' processing
 * handler, with both header sets, and the next article is enriched: the path TopologyTestDriver cannot show.
 */
class TaggerFailureIT {

    private static final String POISON = "POISON";

    @TempDir
    Path dir;

    @Test
    void shouldDeadLetterArticleWhenTaggerThrowsAndEnrichTheNext() throws Exception {
        try (KafkaBroker broker = TestKafka.start(dir.resolve("broker"))) {
            Map<String, String> keys = Map.of(ClusterConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    EnrichKeys.STATE_DIR, dir.resolve("state").toString());
            ClusterConfig cluster = MarsadConfig.parse(keys).cluster();
            try (Admin admin = Admin.create(cluster.clientBase())) {
                new TopicProvisioner(admin).ensure(MarsadTopics.all(cluster));
            }
            try (StreamsStage enrich = EnrichApp.start(EnrichConfig.from(MarsadConfig.parse(keys)), new ThrowingOnPoison(),
                    Map.of("commit.interval.ms", 100), new SimpleMeterRegistry())) {
                produce(cluster, article("t1", "نص " + POISON), article("t2", "نص سليم"));

                ConsumerRecord<String, byte[]> dead = readFirst(cluster, Topics.DLQ);
                assertEquals("t1", dead.key());
                assertEquals("enrich", DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.STAGE));
                assertTrue(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.REASON).contains("tagger failed on"));
                assertEquals(IllegalStateException.class.getName(),
                        DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.EXCEPTION));
                assertNotNull(dead.headers().lastHeader("__streams.errors.exception"));
                assertEquals("t2", readFirst(cluster, Topics.ENRICHED).key());
            }
        }
    }

    private static void produce(ClusterConfig cluster, RawArticle... articles) throws Exception {
        try (var producer = new KafkaProducer<>(cluster.clientBase(), new StringSerializer(), new ByteArraySerializer())) {
            for (RawArticle article : articles) {
                producer.send(new ProducerRecord<>(Topics.RAW, article.id(),
                        Topics.RAW_SERDE.serializer().serialize(Topics.RAW, article))).get();
            }
        }
    }

    private static ConsumerRecord<String, byte[]> readFirst(ClusterConfig cluster, String topic) {
        Map<String, Object> props = new HashMap<>(cluster.clientBase());
        props.put("isolation.level", "read_committed");
        props.put("group.id", "tagger-failure-it-" + topic);
        props.put("auto.offset.reset", "earliest");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (records.isEmpty()) {
                assertTrue(System.nanoTime() < deadline, "nothing arrived on " + topic);
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records.get(0);
    }

    private static RawArticle article(String id, String body) {
        return new RawArticle(1, id, null, "test", null, "عنوان", body, "ar", null, Instant.now(), null, List.of(), null);
    }

    /** Fails on a marker word, as a tagger bug on odd input would. */
    private static final class ThrowingOnPoison implements TextAnalyzer {

        @Override
        public Analysis analyze(TextDocument document) {
            if (document.body().contains(POISON)) {
                throw new IllegalStateException("tagger failed on " + document.body());
            }
            return new Analysis(List.of(), List.of(), List.of(), List.of());
        }

        @Override
        public String fingerprint() {
            return "throwing";
        }
    }
}
