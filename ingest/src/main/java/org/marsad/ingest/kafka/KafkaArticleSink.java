package org.marsad.ingest.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.marsad.config.ClusterConfig;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.FinishedArticle;
import org.marsad.model.DeadLetterHeaders;
import org.marsad.model.RawArticle;
import org.marsad.model.Topics;

/**
 * Writes articles to {@code marsad.articles.raw} (key id, value {@link RawArticle} JSON, timestamp the ingest
 * time), skipping versions the {@link SeenState} holds, and records each acknowledged write in
 * {@link SeenStateTopic}; rejected inputs go to {@code marsad.articles.dlq} with reason headers. The
 * producer is idempotent with {@code acks=all}.
 *
 * <p>A write claims its version in the seen-state when it is sent and gives the claim back when it fails.
 * While it is in flight, a second write of the same version (a client's retry) does not count as seen: it
 * joins the first and completes with its outcome, so nothing is ever reported written that the broker did
 * not acknowledge. The seen record is sent only after the article is acknowledged, so a crash can at worst
 * write an article twice, never mark one seen that was not written.
 */
public final class KafkaArticleSink implements ArticleSink {

    static final String STAGE = "ingest";

    private final KafkaProducer<String, byte[]> producer;
    private final SeenState seen;
    private final SeenStateTopic seenTopic;
    /** Writes sent and not yet acknowledged or failed, by id: a second write of the same version joins one. */
    private final Map<String, InFlight> inFlight = new ConcurrentHashMap<>();
    /** Why the latest article write that ended failed; null once a later one is acknowledged (readiness). */
    private final AtomicReference<String> lastWriteFailure = new AtomicReference<>();
    // Seen records are sent from here, not from the producer's callback thread, which must never block.
    private final ExecutorService seenWriter = Executors.newSingleThreadExecutor(r -> new Thread(r, "marsad-seen-writer"));
    private final System.Logger log = System.getLogger(KafkaArticleSink.class.getName());

    KafkaArticleSink(KafkaProducer<String, byte[]> producer, SeenStateTopic seenTopic) {
        this.producer = producer;
        this.seenTopic = seenTopic;
        this.seen = seenTopic.state();
    }

    /**
     * Loads the seen-state and opens the producer. {@code clientProperties} hold {@code bootstrap.servers}
     * and any client settings (TLS, SASL, producer tuning), which win over the defaults here.
     */
    public static KafkaArticleSink open(Map<String, Object> clientProperties, int articleMaxBytes, Duration loadTimeout) {
        SeenStateTopic seen = SeenStateTopic.load(clientProperties, loadTimeout);
        return new KafkaArticleSink(new KafkaProducer<>(producerProperties(clientProperties, articleMaxBytes),
                new StringSerializer(), new ByteArraySerializer()), seen);
    }

    /** The producer settings: durable and idempotent, batched for throughput; caller's properties win. */
    public static Map<String, Object> producerProperties(Map<String, Object> clientProperties, int articleMaxBytes) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, ClusterConfig.maxMessageBytes(articleMaxBytes));
        props.putAll(clientProperties);
        return props;
    }

    @Override
    public CompletableFuture<Outcome> write(FinishedArticle finished) {
        String id = finished.article().id();
        String hash = finished.contentHash();
        InFlight[] mine = new InFlight[1];
        AtomicReference<CompletableFuture<Outcome>> answer = new AtomicReference<>();
        // One atomic step per id: join the write of this version in flight, or find it seen, or claim it.
        inFlight.compute(id, (key, pending) -> {
            if (pending != null && pending.hash().equals(hash)) {
                answer.set(pending.acknowledged().thenApply(outcome -> Outcome.UNCHANGED));
                return pending;
            }
            if (!seen.claim(id, hash)) {
                answer.set(CompletableFuture.completedFuture(Outcome.UNCHANGED));
                return pending;
            }
            mine[0] = new InFlight(hash, new CompletableFuture<>());
            answer.set(mine[0].acknowledged());
            return mine[0];
        });
        if (mine[0] != null) {
            send(id, finished.json(), mine[0]);
        }
        return answer.get();
    }

    private void send(String id, byte[] value, InFlight write) {
        try {
            producer.send(new ProducerRecord<>(Topics.RAW, id, value), (metadata, error) -> {
                if (error != null) {
                    fail(id, write, error);
                } else {
                    lastWriteFailure.set(null);
                    seenWriter.execute(() -> writeSeen(id, write.hash()));
                    inFlight.remove(id, write);
                    write.acknowledged().complete(Outcome.WRITTEN);
                }
            });
        } catch (RuntimeException e) {
            // send() throws for a closed producer or a full buffer past max.block.ms: same as a failed write.
            fail(id, write, e);
        }
    }

    private void fail(String id, InFlight write, Throwable error) {
        lastWriteFailure.set(error.toString());
        seen.release(id, write.hash());
        inFlight.remove(id, write);
        write.acknowledged().completeExceptionally(error);
    }

    private void writeSeen(String id, String hash) {
        producer.send(new ProducerRecord<>(Topics.INGEST_SEEN, id, hash.getBytes(StandardCharsets.UTF_8)),
                (metadata, error) -> {
                    if (error != null) {
                        log.log(System.Logger.Level.WARNING, "Seen record of " + id + " not written, it may be"
                                + " written again after a restart: " + error);
                    }
                });
    }

    /** Why the latest article write failed, while no later write was acknowledged: the producer cannot send. */
    public Optional<String> lastWriteFailure() {
        return Optional.ofNullable(lastWriteFailure.get());
    }

    @Override
    public void deadLetter(String source, byte[] original, String reason, String exceptionClass) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.DLQ, null, original);
        DeadLetterHeaders.add(record.headers(), STAGE, source + ": " + reason, exceptionClass, null, -1, -1);
        producer.send(record, (metadata, error) -> {
            if (error != null) {
                log.log(System.Logger.Level.ERROR, "Dead letter from " + source + " not written: " + error);
            }
        });
    }

    @Override
    public void flush() {
        producer.flush();
        try {
            // Seen records queued by the acknowledgements just flushed, then those records themselves.
            seenWriter.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while flushing the seen-state", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Seen-state writer failed", e.getCause());
        }
        producer.flush();
    }

    @Override
    public void close() {
        flush();
        seenWriter.shutdown();
        try {
            seenWriter.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(30));
        seenTopic.close();
    }

    /** A write sent to the broker: the version it claimed and its outcome once acknowledged. */
    private record InFlight(String hash, CompletableFuture<Outcome> acknowledged) {
    }
}
