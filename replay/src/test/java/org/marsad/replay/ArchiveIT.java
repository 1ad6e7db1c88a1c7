package org.marsad.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.KafkaBroker;
import org.marsad.broker.TestKafka;
import org.marsad.model.Topics;

/** Export from one cluster, import into another: same ids, bytes, timestamps and takedowns; imports are idempotent. */
class ArchiveIT {

    private static final Instant T0 = Instant.parse("2025-01-10T08:00:00Z");
    private static final Instant T1 = Instant.parse("2025-01-11T08:00:00Z");
    private static final Instant T2 = Instant.parse("2025-01-12T08:00:00Z");

    @TempDir
    static Path dir;

    private static KafkaBroker sourceBroker;
    private static KafkaBroker targetBroker;
    private static TestCluster source;
    private static TestCluster target;
    private static List<ProducerRecord<String, byte[]>> written;

    @BeforeAll
    static void start() {
        sourceBroker = TestKafka.start(dir.resolve("source"));
        targetBroker = TestKafka.start(dir.resolve("target"));
        source = new TestCluster(sourceBroker.bootstrapServers(), dir.resolve("s"), Map.of());
        target = new TestCluster(targetBroker.bootstrapServers(), dir.resolve("t"), Map.of());
        source.provisionTopics();
        target.provisionTopics();
        written = archive();
        source.produce(Topics.RAW, written);
    }

    @AfterAll
    static void stop() {
        targetBroker.close();
        sourceBroker.close();
    }

    @Test
    void shouldReproduceIdsAndBytesWhenArchiveIsImportedIntoAnotherCluster() {
        Path file = dir.resolve("all.jsonl.gz");

        long exported = new ArchiveExporter(source.cluster()).export(file, new ReplayRequest(null, null));
        ArchiveImporter.Result first = new ArchiveImporter(target.cluster()).importFiles(List.of(file));
        ArchiveImporter.Result again = new ArchiveImporter(target.cluster()).importFiles(List.of(file));

        assertEquals(written.size(), exported);
        assertEquals(new ArchiveImporter.Result(written.size(), 0), first);
        assertEquals(new ArchiveImporter.Result(0, written.size()), again);
        List<ConsumerRecord<String, byte[]>> imported = byKeyThenOffset(target.readToEnd(Topics.RAW));
        List<ConsumerRecord<String, byte[]>> original = byKeyThenOffset(source.readToEnd(Topics.RAW));
        assertEquals(original.size(), imported.size(), "a second import appends nothing");
        for (int i = 0; i < original.size(); i++) {
            ConsumerRecord<String, byte[]> want = original.get(i);
            ConsumerRecord<String, byte[]> got = imported.get(i);
            assertEquals(want.key(), got.key());
            assertArrayEquals(want.value(), got.value(), want.key());
            assertEquals(want.timestamp(), got.timestamp(), want.key());
            assertEquals(headers(want), headers(got), want.key());
        }
    }

    @Test
    void shouldExportOnlyRecordsIngestedInWindowWhenFromAndToGiven() {
        Path file = dir.resolve("window.jsonl.gz");

        long exported = new ArchiveExporter(source.cluster()).export(file, new ReplayRequest(T1, T2));

        long inWindow = written.stream().filter(r -> r.timestamp() >= T1.toEpochMilli()
                && r.timestamp() < T2.toEpochMilli()).count();
        assertEquals(inWindow, exported);
    }

    @Test
    void shouldWriteTakedownAsNullValueWithHeaderWhenExported() throws IOException {
        Path file = dir.resolve("tombstones.jsonl.gz");

        long exported = new ArchiveExporter(source.cluster()).export(file, new ReplayRequest(T2, null));

        List<ArchiveRecord> lines = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            reader.lines().forEach(line -> lines.add(ArchiveLines.read(line, file.toString(), lines.size() + 1)));
        }
        assertEquals(2, exported, "arc-3 and the arc-1 takedown");
        ArchiveRecord takedown = lines.stream().filter(r -> r.key().equals("arc-1")).findFirst().orElseThrow();
        assertNull(takedown.value());
        assertEquals(Takedowns.TAKEDOWN_HEADER, takedown.headers().get(0).key());
        assertEquals("legal request", new String(takedown.headers().get(0).value(), StandardCharsets.UTF_8));
    }

    private static List<ProducerRecord<String, byte[]>> archive() {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        records.add(raw("arc-1", T0, TestArticles.json(TestArticles.article("arc-1", 0))));
        records.add(raw("arc-2", T1, TestArticles.json(TestArticles.article("arc-2", 1))));
        // An edited article: a second version under the same id, both versions in the archive.
        records.add(raw("arc-2", T1.plusSeconds(60), TestArticles.json(TestArticles.article("arc-2", 4))));
        records.add(raw("arc-3", T2, TestArticles.json(TestArticles.article("arc-3", 2))));
        // Bytes that are not UTF-8 (as a rejected record may be) must survive byte for byte.
        records.add(raw("arc-bad", T1, new byte[] {'{', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '}'}));
        ProducerRecord<String, byte[]> takedown = raw("arc-1", T2.plusSeconds(60), null);
        takedown.headers().add(Takedowns.TAKEDOWN_HEADER, "legal request".getBytes(StandardCharsets.UTF_8));
        records.add(takedown);
        return records;
    }

    private static ProducerRecord<String, byte[]> raw(String id, Instant at, byte[] value) {
        return new ProducerRecord<>(Topics.RAW, null, at.toEpochMilli(), id, value);
    }

    private static List<ConsumerRecord<String, byte[]>> byKeyThenOffset(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().sorted((a, b) -> a.key().equals(b.key()) ? Long.compare(a.offset(), b.offset())
                : a.key().compareTo(b.key())).toList();
    }

    private static List<String> headers(ConsumerRecord<String, byte[]> record) {
        List<String> list = new ArrayList<>();
        for (Header header : record.headers()) {
            list.add(header.key() + "=" + new String(header.value(), StandardCharsets.UTF_8));
        }
        return list;
    }
}
