package org.marsad.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.marsad.config.MarsadConfig;
import org.marsad.enrich.EnrichConfig;
import org.marsad.fixtures.Poll;
import org.marsad.model.EnrichedArticle;
import org.marsad.model.Topics;
import org.marsad.replay.ConsumerGroups;
import org.marsad.replay.PartitionOffsets;
import org.marsad.replay.ProgressListener;
import org.marsad.replay.ReplayPlan;
import org.marsad.replay.ReplayRequest;
import org.marsad.replay.SinkCatchUp;
import org.marsad.sink.SinkConfig;

/** The read_committed checks that fault tests end with: everything delivered, nothing twice. */
final class ExactlyOnceChecks {

    /** Above the tests' transaction.timeout.ms plus the broker's abort interval, with room for a loaded box. */
    private static final Duration VISIBLE_DEADLINE = Duration.ofSeconds(90);

    private ExactlyOnceChecks() {
    }

    /** Waits until the live enrich group has committed the raw topic's current end offsets. */
    static void awaitEnrichDone(TestCluster cluster, Duration deadline) {
        String group = EnrichConfig.from(MarsadConfig.parse(cluster.keys())).applicationId();
        try (Admin admin = Admin.create(cluster.cluster().clientBase())) {
            PartitionOffsets offsets = new PartitionOffsets(admin);
            Map<TopicPartition, Long> end = offsets.end(Topics.RAW);
            ReplayPlan all = new ReplayPlan(group, new ReplayRequest(null, null), offsets.startAt(Topics.RAW, null, end),
                    end);
            Poll.until("enrich to commit the raw end offsets", deadline,
                    () -> all.isComplete(new ConsumerGroups(admin).committed(group, Topics.RAW)));
        }
    }

    /** Waits until the sink group has committed the enriched topic's current end offsets. */
    static void awaitSinkDone(TestCluster cluster, Duration deadline) {
        try (Admin admin = Admin.create(cluster.cluster().clientBase())) {
            SinkCatchUp catchUp = new SinkCatchUp(admin, Clock.systemUTC());
            catchUp.await(SinkConfig.from(MarsadConfig.parse(cluster.keys())).applicationId(), catchUp.enrichedEnd(), ProgressListener.NONE,
                    deadline);
        }
    }

    /**
     * Every raw record is enriched, and exactly once. A killed instance's open transaction holds read_committed
     * readers back until the broker aborts it (transaction.timeout.ms), even after the restarted instance has
     * committed past it, so the check first waits, with a deadline, for every raw position to become visible.
     */
    static void assertEachRawRecordEnrichedOnce(TestCluster cluster, int expected) {
        Poll.until("all " + expected + " raw records visible on the enriched topic", VISIBLE_DEADLINE,
                () -> enrichedPerRawPosition(cluster).size() >= expected);
        Map<String, Integer> perRawPosition = enrichedPerRawPosition(cluster);
        assertEquals(expected, perRawPosition.size(), "raw records enriched");
        perRawPosition.forEach((position, count) -> assertEquals(1, count, "copies of raw record " + position));
    }

    private static Map<String, Integer> enrichedPerRawPosition(TestCluster cluster) {
        Map<String, Integer> perRawPosition = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : cluster.readToEnd(Topics.ENRICHED)) {
            EnrichedArticle article = Topics.ENRICHED_SERDE.deserializer().deserialize(Topics.ENRICHED, record.value());
            perRawPosition.merge(article.rawPartition() + "@" + article.rawOffset(), 1, Integer::sum);
        }
        return perRawPosition;
    }

    /** The number of records per key on {@code topic}, read to its end. */
    static Map<String, Integer> recordsPerKey(TestCluster cluster, String topic) {
        Map<String, Integer> perKey = new HashMap<>();
        cluster.readToEnd(topic).forEach(r -> perKey.merge(r.key(), 1, Integer::sum));
        return perKey;
    }
}
