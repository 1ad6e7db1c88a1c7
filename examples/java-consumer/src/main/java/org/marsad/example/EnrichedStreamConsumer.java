package org.marsad.example;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.marsad.model.EnrichedArticle;
import org.marsad.model.Topics;

/**
 * Reads {@code marsad.articles.enriched} as a downstream application should: {@code read_committed}, so records of
 * an aborted enrich transaction are never seen; keys are article ids; a null value is a takedown that the
 * application must apply to whatever it stores; offsets are committed after the batch is handled (at-least-once,
 * so handling must be idempotent per id, which it is when the application upserts by id).
 *
 * <p>Run: {@code java -cp ... org.marsad.example.EnrichedStreamConsumer localhost:9092 my-app}.
 */
public final class EnrichedStreamConsumer implements AutoCloseable {

    /** What the application sees: an article (new or re-enriched, replacing the previous one) or a takedown. */
    public sealed interface Event permits Upsert, Takedown {
        String id();
    }

    /** A current version of an article; a later one for the same id replaces it. */
    public record Upsert(String id, EnrichedArticle article) implements Event {
    }

    /** The article was taken down: delete it downstream. */
    public record Takedown(String id) implements Event {
    }

    private final KafkaConsumer<String, EnrichedArticle> consumer;

    public EnrichedStreamConsumer(String bootstrapServers, String groupId) {
        Properties props = new Properties();
        props.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"));
        this.consumer = new KafkaConsumer<>(props,
                Topics.KEY_SERDE.deserializer(), Topics.ENRICHED_SERDE.deserializer());
        consumer.subscribe(List.of(Topics.ENRICHED));
    }

    /** Polls once, hands every event to {@code handler} in partition order, then commits; returns the count. */
    public int pollOnce(Duration timeout, Consumer<Event> handler) {
        int handled = 0;
        for (ConsumerRecord<String, EnrichedArticle> record : consumer.poll(timeout)) {
            handler.accept(record.value() == null
                    ? new Takedown(record.key())
                    : new Upsert(record.key(), record.value()));
            handled++;
        }
        if (handled > 0) {
            consumer.commitSync();
        }
        return handled;
    }

    @Override
    public void close() {
        consumer.close();
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: EnrichedStreamConsumer BOOTSTRAP_SERVERS GROUP_ID");
            System.exit(2);
        }
        try (EnrichedStreamConsumer reader = new EnrichedStreamConsumer(args[0], args[1])) {
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                reader.consumer.wakeup();
                try {
                    main.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            while (true) {
                reader.pollOnce(Duration.ofSeconds(1), EnrichedStreamConsumer::print);
            }
        } catch (org.apache.kafka.common.errors.WakeupException stopping) {
            // Ctrl-C: the hook woke the consumer so that close() leaves the group at once.
        }
    }

    private static void print(Event event) {
        if (event instanceof Upsert upsert) {
            EnrichedArticle article = upsert.article();
            System.out.printf("%s\t%s\t%d entities\t%d amounts%n",
                    article.id(), article.title(), article.entities().size(), article.money().size());
        } else {
            System.out.printf("%s\ttaken down%n", event.id());
        }
    }
}
