package org.marsad.replay;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.marsad.config.ClusterConfig;

import org.marsad.ingest.ImportProgress;
import org.marsad.model.Topics;
import org.marsad.topics.MarsadTopics;
import org.marsad.topics.TopicProvisioner;

/**
 * Imports archive files into the raw topic of a cluster: key and value bytes unchanged, original timestamp
 * (the ingest time) and headers kept. All or nothing per file: a first pass ({@link ArchiveFileCheck}) reads
 * the whole file and a file with any bad line is refused with every problem named and nothing written; a
 * clean file is then read again and written. Idempotent: a record is skipped when the target raw topic already
 * holds a record with the same id and byte-identical value anywhere in its history (see
 * {@link ArchiveContents}), so importing a file twice, or again after a failed write, appends nothing twice
 * and never re-appends an old version after a newer one or a takedown. A takedown written to the raw topic
 * also forgets the id in the ingest seen-state, as {@link Takedowns} does, so the article can be ingested again.
 */
public final class ArchiveImporter {

    private final ClusterConfig cluster;
    private final boolean allowTakedowns;

    public ArchiveImporter(ClusterConfig cluster, boolean allowTakedowns) {
        this.cluster = cluster;
        this.allowTakedowns = allowTakedowns;
    }

    /**
     * The outcome for one file.
     *
     * @param file the archive file
     * @param written records written to the raw topic (takedowns included)
     * @param present records skipped because the raw topic already held them
     * @param takedowns takedowns among the written records
     * @param problems the first problems found when the file was refused, each naming the file and line
     * @param problemCount every problem found; nothing of the file is written when it is not 0
     */
    public record FileResult(Path file, long written, long present, long takedowns, List<String> problems,
            long problemCount) {

        public FileResult {
            problems = List.copyOf(problems);
        }

        public boolean refused() {
            return problemCount > 0;
        }
    }

    /** The outcome per file, in the order given. */
    public record Result(List<FileResult> files) {

        public Result {
            files = List.copyOf(files);
        }

        public boolean anyRefused() {
            return files.stream().anyMatch(FileResult::refused);
        }
    }

    /** Longest archive line read: room for a value at the article limit escaped as a JSON string or base64. */
    static int maxLineBytes(ClusterConfig cluster) {
        return 4 * cluster.articleMaxBytes() + 64 * 1024;
    }

    /**
     * Checks every file, then writes the clean ones in order and waits for the broker's acknowledgement of each
     * (acks=all) before counting it; files may be gzip (detected by content) or plain JSON lines.
     */
    public Result importFiles(List<Path> files) {
        return importFiles(files, new ImportProgress());
    }

    /** As {@link #importFiles(List)}, counting files, lines read while writing and records written into {@code progress}. */
    public Result importFiles(List<Path> files, ImportProgress progress) {
        ArchiveRecordCheck check = new ArchiveRecordCheck(cluster.articleMaxBytes(), allowTakedowns);
        List<ArchiveFileCheck> checks = files.stream()
                .map(file -> ArchiveFileCheck.run(file, check, maxLineBytes(cluster))).toList();
        List<FileResult> results = new ArrayList<>();
        if (checks.stream().noneMatch(ArchiveFileCheck::clean)) {
            checks.forEach(c -> results.add(refused(c)));
            return new Result(results);
        }
        if (checks.stream().anyMatch(c -> c.clean() && c.takedowns() > 0)) {
            try (Admin admin = Admin.create(cluster.clientBase())) {
                new TopicProvisioner(admin).ensure(List.of(MarsadTopics.compacted(Topics.INGEST_SEEN,
                        cluster)));
            }
        }
        ArchiveContents present = ArchiveContents.read(cluster);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps(), new StringSerializer(),
                new ByteArraySerializer())) {
            for (ArchiveFileCheck c : checks) {
                progress.file();
                results.add(c.clean() ? write(c.file(), check, present, producer, progress) : refused(c));
                progress.rejected(c.clean() ? 0 : 1);
            }
        }
        return new Result(results);
    }

    private static FileResult refused(ArchiveFileCheck check) {
        return new FileResult(check.file(), 0, 0, 0, check.problems(), check.problemCount());
    }

    private FileResult write(Path file, ArchiveRecordCheck check, ArchiveContents present,
            KafkaProducer<String, byte[]> producer, ImportProgress progress) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        long written = 0;
        long skipped = 0;
        long takedowns = 0;
        try (ArchiveLineReader reader = ArchiveLineReader.open(file, maxLineBytes(cluster))) {
            ArchiveLineReader.Line line;
            while ((line = reader.next()) != null) {
                progress.lines(1);
                ArchiveRecord record = reread(line, file, check);
                if (record == null) {
                    continue;
                }
                if (!present.add(record.key(), record.value())) {
                    skipped++;
                    continue;
                }
                producer.send(toProducer(record), (meta, error) -> failure.compareAndSet(null, error));
                written++;
                progress.records(1);
                if (record.value() == null) {
                    // As marsad delete does: forget the id in ingest's seen-state so it can be ingested again.
                    producer.send(new ProducerRecord<>(Topics.INGEST_SEEN, record.key(), null),
                            (meta, error) -> failure.compareAndSet(null, error));
                    takedowns++;
                }
            }
        } catch (IOException e) {
            throw ArchiveLines.io("read archive " + file + " again after checking it", e);
        }
        producer.flush();
        if (failure.get() != null) {
            throw new KafkaCallException("import " + file + " into " + Topics.RAW + " (some of its records may be"
                    + " written; importing the file again writes only the rest)", failure.get());
        }
        return new FileResult(file, written, skipped, takedowns, List.of(), 0);
    }

    /** The record of a line already checked; fails when the file changed between the two passes. */
    private ArchiveRecord reread(ArchiveLineReader.Line line, Path file, ArchiveRecordCheck check) {
        String problem;
        try {
            ArchiveRecord record = ArchiveFileCheck.read(line, file.toString(), maxLineBytes(cluster));
            problem = record == null ? null : check.problem(record).orElse(null);
            if (problem == null) {
                return record;
            }
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        throw new IllegalStateException(file + " changed after it was checked, line " + line.number() + ": " + problem);
    }

    private static ProducerRecord<String, byte[]> toProducer(ArchiveRecord record) {
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(Topics.RAW, null, record.timestamp(), record.key(),
                record.value());
        record.headers().forEach(h -> out.headers().add(h.key(), h.value()));
        return out;
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
