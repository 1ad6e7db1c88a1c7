package org.marsad.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.KafkaBroker;
import org.marsad.config.ClusterConfig;
import org.marsad.config.MarsadConfig;
import org.marsad.fixtures.Poll;
import org.marsad.fixtures.TestKafka;
import org.marsad.model.IndexDocument;
import org.marsad.model.Topics;
import org.marsad.topics.MarsadTopics;
import org.marsad.topics.TopicProvisioner;

/**
 * The feeder killed with SIGKILL ({@link Process#destroyForcibly()}) in the middle of the topic, then restarted
 * after more articles arrived, ends with every article exactly once and its committed offsets at the topic's end:
 * the offsets live in the same Lucene commit as the documents, so a kill loses nothing a commit counts.
 */
class FeederKillIT {

    private static final Duration DEADLINE = Duration.ofMinutes(3);
    private static final int BEFORE_KILL = 1500;
    private static final int AFTER_KILL = 500;

    @TempDir
    Path tmp;

    @Test
    void shouldHoldEveryArticleOnceWhenKilledMidStreamAndRestarted() throws Exception {
        try (KafkaBroker broker = TestKafka.start(tmp.resolve("kafka"))) {
            ClusterConfig cluster = MarsadConfig.parse(Map.of(ClusterConfig.PARTITIONS_CONFIG, "2")).cluster()
                    .withBootstrapServers(broker.bootstrapServers());
            try (Admin admin = Admin.create(cluster.clientBase())) {
                new TopicProvisioner(admin).ensure(MarsadTopics.all(cluster));
            }
            Path indexDir = tmp.resolve("index");
            produce(cluster, "k", BEFORE_KILL);

            Process first = startFeeder(broker.bootstrapServers(), indexDir, tmp.resolve("first.log"));
            try {
                Poll.until("a tenth of the articles committed", DEADLINE,
                        () -> committedDocs(indexDir) >= BEFORE_KILL / 10);
            } finally {
                first.destroyForcibly().waitFor();
            }
            int atKill = committedDocs(indexDir);
            assertTrue(atKill < BEFORE_KILL, "the feeder finished before the kill (" + atKill + " docs), so the "
                    + "kill was not mid-stream");

            produce(cluster, "m", AFTER_KILL);
            Map<Integer, Long> end = endOffsets(cluster);
            Process second = startFeeder(broker.bootstrapServers(), indexDir, tmp.resolve("second.log"));
            try {
                Poll.until("committed offsets at the topic end " + end, DEADLINE,
                        () -> end.equals(committedOffsets(indexDir)));
            } finally {
                second.destroyForcibly().waitFor();
            }
            try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
                assertEquals(BEFORE_KILL + AFTER_KILL, reader.numDocs());
                IndexSearcher searcher = new IndexSearcher(reader);
                for (String id : Stream.concat(ids("k", BEFORE_KILL).stream(), ids("m", AFTER_KILL).stream()).toList()) {
                    assertEquals(1, searcher.count(new TermQuery(new Term(SearchFields.ID, id))), id);
                }
            }
        }
    }

    private static Process startFeeder(String bootstrap, Path indexDir, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                FeederProcess.class.getName(), bootstrap, indexDir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void produce(ClusterConfig cluster, String prefix, int count) {
        Map<String, Object> props = cluster.clientBase();
        props.put("acks", "all");
        try (KafkaProducer<String, IndexDocument> producer = new KafkaProducer<>(props, new StringSerializer(),
                Topics.INDEX_SERDE.serializer())) {
            for (String id : ids(prefix, count)) {
                producer.send(new ProducerRecord<>(Topics.INDEX, id, Articles.doc(id, "en", "Harbour note " + id,
                        "A short test text about the harbour, number " + id + ".", List.of(), List.of(), List.of(),
                        Articles.DAY1)));
            }
            producer.flush();
        }
    }

    private static List<String> ids(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
    }

    private static Map<Integer, Long> endOffsets(ClusterConfig cluster) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(cluster.clientBase(),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.INDEX).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            Map<Integer, Long> end = new HashMap<>();
            consumer.endOffsets(partitions).forEach((tp, offset) -> end.put(tp.partition(), offset));
            return end;
        }
    }

    private static int committedDocs(Path indexDir) {
        try (FSDirectory dir = FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(dir)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return reader.numDocs();
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read " + indexDir, e);
        }
    }

    private static Map<Integer, Long> committedOffsets(Path indexDir) {
        if (!Files.isDirectory(indexDir)) {
            return Map.of();
        }
        try (FSDirectory dir = FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(dir)) {
                return Map.of();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                Map<Integer, Long> offsets = new HashMap<>();
                reader.getIndexCommit().getUserData().forEach((k, v) -> {
                    if (k.startsWith(SearchIndex.OFFSET_KEY_PREFIX)) {
                        offsets.put(Integer.parseInt(k.substring(SearchIndex.OFFSET_KEY_PREFIX.length())), Long.parseLong(v));
                    }
                });
                return offsets;
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read " + indexDir, e);
        }
    }
}
