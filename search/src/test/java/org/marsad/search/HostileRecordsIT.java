package org.marsad.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.KafkaBroker;
import org.marsad.config.ClusterConfig;
import org.marsad.config.MarsadConfig;
import org.marsad.fixtures.Poll;
import org.marsad.fixtures.TestKafka;
import org.marsad.model.DeadLetterHeaders;
import org.marsad.model.IndexDocument;
import org.marsad.model.Topics;
import org.marsad.topics.MarsadTopics;
import org.marsad.topics.TopicProvisioner;

/**
 * Records on the index topic that are not readable index documents go to the dead-letter topic with the reason
 * headers, count as applied in the index commit, and the feeder goes on to the good record after them.
 */
class HostileRecordsIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    private static byte[] json(IndexDocument doc) {
        return Topics.INDEX_SERDE.serializer().serialize(Topics.INDEX, doc);
    }

    private static IndexDocument withVersion(IndexDocument d, int version) {
        return new IndexDocument(version, d.id(), d.url(), d.source(), d.title(), d.body(), d.language(),
                d.keywords(), d.relatedTo(), d.publishedAt(), d.enrichedAt(), d.enricherVersion(), d.people(),
                d.organisations(), d.places(), d.other(), d.amounts(), d.dates(), d.rawPartition(), d.rawOffset(),
                d.feed(), d.fetchedAt(), d.percentages());
    }

    @Test
    void shouldDeadLetterHostileRecordsAndIndexTheNextWhenRecordsAreUnreadable() throws IOException {
        try (KafkaBroker broker = TestKafka.start(tmp.resolve("kafka"))) {
            ClusterConfig cluster = MarsadConfig.parse(Map.of(ClusterConfig.PARTITIONS_CONFIG, "1")).cluster()
                    .withBootstrapServers(broker.bootstrapServers());
            try (Admin admin = Admin.create(cluster.clientBase())) {
                new TopicProvisioner(admin).ensure(MarsadTopics.all(cluster));
            }
            List<ProducerRecord<String, byte[]>> hostile = List.of(
                    new ProducerRecord<>(Topics.INDEX, "h1", "{not json".getBytes(StandardCharsets.UTF_8)),
                    new ProducerRecord<>(Topics.INDEX, "h2", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8)),
                    new ProducerRecord<>(Topics.INDEX, "e1",
                            json(withVersion(Articles.englishDeal(), IndexDocument.SCHEMA_VERSION + 1))),
                    new ProducerRecord<>(Topics.INDEX, "not-a2", json(Articles.sanctions())));
            Map<String, Object> props = cluster.clientBase();
            props.put("acks", "all");
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                    new ByteArraySerializer())) {
                hostile.forEach(producer::send);
                producer.send(new ProducerRecord<>(Topics.INDEX, "a1", json(Articles.openAiDeal())));
                producer.flush();
            }

            try (SearchIndex index = SearchIndex.open(tmp.resolve("index"));
                    IndexFeeder feeder = new IndexFeeder(index, cluster.clientBase()).start()) {
                IndexSearch search = new IndexSearch(index.searchers());
                Poll.until("the good record after the hostile ones indexed", DEADLINE,
                        () -> ids(search).equals(List.of("a1")));
                assertEquals(4, feeder.rejected());
                assertEquals(Map.of(0, 5L), index.appliedOffsets(), "dead-lettered records count as applied");
            }

            List<ConsumerRecord<String, byte[]>> dead = readDeadLetters(cluster, hostile.size());
            for (int i = 0; i < hostile.size(); i++) {
                ConsumerRecord<String, byte[]> d = dead.get(i);
                assertEquals(hostile.get(i).key(), d.key());
                assertEquals(new String(hostile.get(i).value(), StandardCharsets.UTF_8),
                        new String(d.value(), StandardCharsets.UTF_8), "original bytes kept");
                assertEquals("search", DeadLetterHeaders.get(d.headers(), DeadLetterHeaders.STAGE));
                assertEquals(Topics.INDEX, DeadLetterHeaders.get(d.headers(), DeadLetterHeaders.SOURCE_TOPIC));
                assertEquals(Integer.toString(i), DeadLetterHeaders.get(d.headers(), DeadLetterHeaders.SOURCE_OFFSET));
            }
            assertTrue(reason(dead.get(0)).startsWith("Cannot read IndexDocument JSON"), reason(dead.get(0)));
            assertTrue(reason(dead.get(2)).contains("unsupported version " + (IndexDocument.SCHEMA_VERSION + 1)),
                    reason(dead.get(2)));
            assertEquals("record key not-a2 does not match field id a2", reason(dead.get(3)));
        }
    }

    private static String reason(ConsumerRecord<String, byte[]> r) {
        return DeadLetterHeaders.get(r.headers(), DeadLetterHeaders.REASON);
    }

    private static List<String> ids(IndexSearch search) {
        try {
            return search.search(SearchRequest.fromParameters(Map.of())).hits().stream()
                    .map(SearchResult.Hit::id).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<ConsumerRecord<String, byte[]>> readDeadLetters(ClusterConfig cluster, int expected) {
        Map<String, Object> props = cluster.clientBase();
        props.put("isolation.level", "read_committed");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            TopicPartition tp = new TopicPartition(Topics.DLQ, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            Poll.until(expected + " dead letters", DEADLINE, () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
                return out.size() >= expected;
            });
        }
        assertEquals(expected, out.size());
        return out;
    }
}
