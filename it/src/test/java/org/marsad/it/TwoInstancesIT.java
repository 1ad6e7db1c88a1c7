package org.marsad.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.ThreadMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.KafkaBroker;
import org.marsad.config.ClusterConfig;
import org.marsad.config.EnrichKeys;
import org.marsad.fixtures.Poll;
import org.marsad.fixtures.TestArticles;
import org.marsad.fixtures.TestKafka;
import org.marsad.model.Topics;
import org.marsad.streams.StreamsStage;

/**
 * Two enrich instances with one application id share a 6-partition raw topic; closing one (leave-group)
 * hands its partitions to the other with nothing lost and nothing indexed twice.
 */
class TwoInstancesIT {

    private static final int PER_BATCH = 2_000;
    private static final Duration DEADLINE = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @Test
    void shouldMovePartitionsToSurvivorWithoutLossOrDuplicatesWhenOneInstanceLeaves() {
        try (KafkaBroker broker = TestKafka.start(dir.resolve("broker"))) {
            TestCluster cluster = new TestCluster(broker.bootstrapServers(), dir,
                    Map.of(ClusterConfig.PARTITIONS_CONFIG, "6"));
            cluster.provisionTopics();
            StreamsStage first = cluster.startEnrich(Map.of(EnrichKeys.STATE_DIR, dir.resolve("a").toString()));
            try (StreamsStage second = cluster.startEnrich(
                    Map.of(EnrichKeys.STATE_DIR, dir.resolve("b").toString()));
                    StreamsStage sink = cluster.startSink()) {
                Poll.until("both instances to share the six raw partitions", DEADLINE,
                        () -> activeTasks(first) > 0 && activeTasks(second) > 0
                                && activeTasks(first) + activeTasks(second) == 6);
                produce(cluster, 0, PER_BATCH);
                Poll.until("some enriched records", DEADLINE, () -> cluster.endOffsets(Topics.ENRICHED) > 0);

                first.close();
                produce(cluster, PER_BATCH, 2 * PER_BATCH);
                Poll.until("the survivor to own all six partitions", DEADLINE, () -> activeTasks(second) == 6);
                ExactlyOnceChecks.awaitEnrichDone(cluster, DEADLINE);
                ExactlyOnceChecks.awaitSinkDone(cluster, DEADLINE);

                ExactlyOnceChecks.assertEachRawRecordEnrichedOnce(cluster, 2 * PER_BATCH);
                Map<String, Integer> index = ExactlyOnceChecks.recordsPerKey(cluster, Topics.INDEX);
                assertEquals(2 * PER_BATCH, index.size(), "ids in the index");
                index.forEach((id, count) -> assertEquals(1, count, "index documents for " + id));
            }
        }
    }

    private static int activeTasks(StreamsStage stage) {
        return stage.streams().metadataForLocalThreads().stream().map(ThreadMetadata::activeTasks)
                .mapToInt(Set::size).sum();
    }

    private static void produce(TestCluster cluster, int from, int to) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String id = "pair-" + i;
            records.add(new ProducerRecord<>(Topics.RAW, id, TestArticles.json(TestArticles.article(id, i))));
        }
        cluster.produce(Topics.RAW, records);
    }
}
