package org.marsad.cli;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.marsad.config.ClusterConfig;
import org.marsad.ingest.IngestConfig;
import org.marsad.model.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marsad tail}: reads one Marsad topic (read_committed, no consumer group, so it never disturbs a
 * stage) and prints each record readably, as its value's JSON, or as a JSON envelope; control characters and
 * bidi overrides in the text are shown escaped unless {@code --raw} ({@link TerminalText}).
 */
@Command(name = "tail", mixinStandardHelpOptions = true, description = "Print the records of a Marsad topic.")
final class TailCommand implements Callable<Integer> {

    enum TopicName { raw, enriched, index, dlq }

    @ParentCommand
    Marsad marsad;

    @Option(names = "--topic", defaultValue = "index", description = "raw, enriched, index or dlq (default: ${DEFAULT-VALUE}).")
    TopicName topic;

    @Option(names = "--from-beginning", description = "Start at the oldest record instead of new ones.")
    boolean fromBeginning;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", description = "Exit after this long without a record (5s, 2m, PT5S).")
    String idleTimeout;

    @Option(names = "--json", description = "Print each record's value as one JSON line.")
    boolean json;

    @Option(names = "--envelope", description = "Print {topic, partition, offset, timestamp, key, headers, value} JSON lines.")
    boolean envelope;

    @Option(names = "--raw", description = "Print article text as stored: control characters and bidi overrides act on the terminal.")
    boolean raw;

    @Override
    public Integer call() {
        if (json && envelope) {
            throw new IllegalArgumentException("--json and --envelope exclude each other");
        }
        Duration idle = idleTimeout == null ? null : IngestConfig.parseDuration(idleTimeout);
        ClusterConfig cluster = marsad.kafka.config().cluster();
        Stages.requireBroker(cluster);
        RecordPrinter printer = new RecordPrinter(System.out, json ? RecordPrinter.Format.JSON
                : envelope ? RecordPrinter.Format.ENVELOPE : RecordPrinter.Format.READABLE, raw);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProps(cluster),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            String name = topicName();
            List<TopicPartition> partitions = consumer.partitionsFor(name).stream()
                    .map(p -> new TopicPartition(name, p.partition())).toList();
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            long lastRecord = System.nanoTime();
            while (idle == null || System.nanoTime() - lastRecord < idle.toNanos()) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<String, byte[]> record : records) {
                    printer.print(record);
                    lastRecord = System.nanoTime();
                }
                System.out.flush();
            }
        }
        return 0;
    }

    private String topicName() {
        return switch (topic) {
            case raw -> Topics.RAW;
            case enriched -> Topics.ENRICHED;
            case index -> Topics.INDEX;
            case dlq -> Topics.DLQ;
        };
    }

    private static Map<String, Object> consumerProps(ClusterConfig cluster) {
        Map<String, Object> props = new HashMap<>(cluster.clientBase());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "marsad-tail");
        return props;
    }
}
