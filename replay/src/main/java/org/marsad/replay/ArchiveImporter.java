package org.marsad.replay;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.marsad.broker.ClusterConfig;
import org.marsad.model.Topics;

/**
 * Imports archive files into the raw topic of a cluster: key and value bytes unchanged, original
 * timestamp (the ingest time) and headers kept. Idempotent: a record is skipped when the target raw topic
 * already holds a record with the same id and byte-identical value anywhere in its history (see
 * {@link ArchiveContents}), so importing a file twice, or importing an archive that overlaps the target,
 * appends nothing twice and never re-appends an old version after a newer one or a takedown.
 */
public final class ArchiveImporter {

    private final ClusterConfig cluster;

    public ArchiveImporter(ClusterConfig cluster) {
        this.cluster = cluster;
    }

    /**
     * Result of an import.
     *
     * @param produced records written to the raw topic
     * @param skipped records already present with identical bytes
     */
    public record Result(long produced, long skipped) {
    }

    /** Imports every file in order; files may be gzip (detected by content) or plain JSON lines. */
    public Result importFiles(List<Path> files) {
        ArchiveContents present = ArchiveContents.read(cluster);
        AtomicReference<Exception> failure = new AtomicReference<>();
        Result total = new Result(0, 0);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps(), new StringSerializer(),
                new ByteArraySerializer())) {
            for (Path file : files) {
                Result one = importFile(file, present, record ->
                        producer.send(toProducer(record), (meta, error) -> failure.compareAndSet(null, error)));
                total = new Result(total.produced() + one.produced(), total.skipped() + one.skipped());
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new KafkaCallException("import into " + Topics.RAW, failure.get());
        }
        return total;
    }

    private static Result importFile(Path file, ArchiveContents present, Consumer<ArchiveRecord> send) {
        long produced = 0;
        long skipped = 0;
        try (BufferedReader reader = open(file)) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                ArchiveRecord record = ArchiveLines.read(line, file.toString(), number);
                if (present.add(record.key(), record.value())) {
                    send.accept(record);
                    produced++;
                } else {
                    skipped++;
                }
            }
        } catch (IOException e) {
            throw ArchiveLines.io("read archive " + file, e);
        }
        return new Result(produced, skipped);
    }

    private static ProducerRecord<String, byte[]> toProducer(ArchiveRecord record) {
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(Topics.RAW, null, record.timestamp(), record.key(),
                record.value());
        record.headers().forEach(h -> out.headers().add(h.key(), h.value()));
        return out;
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        InputStream content = gzip ? new GZIPInputStream(in, 1 << 16) : in;
        return new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), 1 << 16);
    }

    private Map<String, Object> producerProps() {
        Map<String, Object> props = cluster.clientBase();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, cluster.maxMessageBytes());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "marsad-archive-import");
        return props;
    }
}
