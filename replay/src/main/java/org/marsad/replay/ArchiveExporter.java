package org.marsad.replay;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.marsad.config.ClusterConfig;

import org.marsad.ingest.ImportProgress;
import org.marsad.model.Topics;

/**
 * Writes the raw archive, or an ingest-time window of it, to a gzip file of {@link ArchiveLines}. Reads
 * {@code read_committed} without a consumer group, up to the end offsets taken at the start, so a running
 * ingest neither blocks nor extends the export. Tombstones (takedowns) are exported too: importing them
 * elsewhere keeps the article deleted there.
 */
public final class ArchiveExporter {

    private final ClusterConfig cluster;

    public ArchiveExporter(ClusterConfig cluster) {
        this.cluster = cluster;
    }

    /** Exports the records whose timestamp is in the request's window; returns how many were written. */
    public long export(Path out, ReplayRequest window) {
        return export(out, window, new ImportProgress());
    }

    /** As {@link #export(Path, ReplayRequest)}, counting the records written into {@code progress}. */
    public long export(Path out, ReplayRequest window, ImportProgress progress) {
        Map<TopicPartition, Long> start;
        Map<TopicPartition, Long> end;
        try (Admin admin = Admin.create(cluster.clientBase())) {
            PartitionOffsets offsets = new PartitionOffsets(admin);
            end = offsets.end(Topics.RAW);
            start = offsets.startAt(Topics.RAW, window.from(), end);
        }
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProps(), new StringDeserializer(),
                new ByteArrayDeserializer());
                Writer writer = new BufferedWriter(new OutputStreamWriter(
                        new GZIPOutputStream(Files.newOutputStream(out), 1 << 16), StandardCharsets.UTF_8))) {
            consumer.assign(start.keySet());
            start.forEach(consumer::seek);
            return copy(consumer, end, window, writer, progress);
        } catch (IOException e) {
            throw ArchiveLines.io("write archive " + out, e);
        }
    }

    private static long copy(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end,
            ReplayRequest window, Writer writer, ImportProgress progress) throws IOException {
        long written = 0;
        while (!reached(consumer, end)) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                if (record.offset() >= end.get(tp) || !window.window().contains(record.timestamp())) {
                    continue;
                }
                writer.write(ArchiveLines.write(toArchive(record), record.partition(), record.offset()));
                writer.write('\n');
                written++;
                progress.records(1);
            }
        }
        return written;
    }

    private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    static ArchiveRecord toArchive(ConsumerRecord<String, byte[]> record) {
        List<ArchiveRecord.Header> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            headers.add(new ArchiveRecord.Header(header.key(), header.value()));
        }
        return new ArchiveRecord(record.key(), record.timestamp(), record.value(), headers);
    }

    private Map<String, Object> consumerProps() {
        Map<String, Object> props = new HashMap<>(cluster.clientBase());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, cluster.maxMessageBytes());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "marsad-archive-export");
        return props;
    }
}
