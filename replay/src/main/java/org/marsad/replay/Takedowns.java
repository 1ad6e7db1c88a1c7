package org.marsad.replay;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.marsad.config.ClusterConfig;
import org.marsad.model.Topics;
import org.marsad.topics.MarsadTopics;
import org.marsad.topics.TopicProvisioner;

/**
 * Takes articles down everywhere by writing one tombstone per id to the raw topic (header
 * {@value #TAKEDOWN_HEADER}) and one to the ingest seen-state. Nothing else is written here: the running
 * enrich turns the raw tombstone into an enriched tombstone carrying the raw position, and the sink turns
 * that into an index tombstone and remembers the deletion, so a later replay of an older copy is ignored.
 * Forgetting the id in the seen-state lets ingest accept the article again if it is ever republished.
 */
public final class Takedowns {

    public static final String TAKEDOWN_HEADER = "marsad.takedown";
    /** The ingest stage's compacted seen-state, keyed by article id; a tombstone forgets the id. */

    private final ClusterConfig cluster;

    public Takedowns(ClusterConfig cluster) {
        this.cluster = cluster;
    }

    /**
     * Writes the tombstones and waits until the broker has them all (acks=all).
     *
     * @param reason stored in the takedown header, for whoever reads the archive later
     */
    public void delete(Collection<String> ids, String reason) {
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("article id to delete is blank");
            }
        }
        try (Admin admin = Admin.create(cluster.clientBase())) {
            new TopicProvisioner(admin).ensure(List.of(MarsadTopics.compacted(Topics.INGEST_SEEN, cluster)));
        }
        byte[] header = reason.getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps(), new StringSerializer(),
                new ByteArraySerializer())) {
            List<Future<?>> sent = new ArrayList<>();
            for (String id : ids) {
                ProducerRecord<String, byte[]> raw = new ProducerRecord<>(Topics.RAW, id, null);
                raw.headers().add(TAKEDOWN_HEADER, header);
                sent.add(producer.send(raw));
                sent.add(producer.send(new ProducerRecord<>(Topics.INGEST_SEEN, id, null)));
            }
            for (Future<?> future : sent) {
                await(future);
            }
        }
    }

    private Map<String, Object> producerProps() {
        Map<String, Object> props = cluster.clientBase();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return props;
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (ExecutionException e) {
            throw new KafkaCallException("write a takedown tombstone", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaCallException("write a takedown tombstone", e);
        }
    }
}
