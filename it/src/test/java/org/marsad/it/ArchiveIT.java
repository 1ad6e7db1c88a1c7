package org.marsad.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.KafkaBroker;
import org.marsad.fixtures.TestArticles;
import org.marsad.fixtures.TestKafka;
import org.marsad.ingest.IngestConfig;
import org.marsad.ingest.IngestCounts;
import org.marsad.ingest.IngestService;
import org.marsad.model.Topics;
import org.marsad.replay.ArchiveExporter;
import org.marsad.replay.ArchiveImporter;
import org.marsad.replay.ArchiveLines;
import org.marsad.replay.ArchiveRecord;
import org.marsad.replay.ReplayRequest;
import org.marsad.replay.Takedowns;
import org.marsad.topics.MarsadTopics;
import org.marsad.topics.TopicProvisioner;

/**
 * Export from one cluster, import into another: same ids, bytes, timestamps and takedowns; imports are
 * idempotent, all or nothing per file, and an imported takedown lets ingest accept the article again.
 */
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
        try (Admin admin = Admin.create(target.cluster().clientBase())) {
            new TopicProvisioner(admin).ensure(List.of(MarsadTopics.compacted(Topics.INGEST_SEEN,
                    target.cluster())));
        }
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
        ArchiveImporter.Result first = new ArchiveImporter(target.cluster(), true).importFiles(List.of(file));
        ArchiveImporter.Result again = new ArchiveImporter(target.cluster(), true).importFiles(List.of(file));

        assertEquals(written.size(), exported);
        assertEquals(List.of(new ArchiveImporter.FileResult(file, written.size(), 0, 1, List.of(), 0)), first.files());
        assertEquals(List.of(new ArchiveImporter.FileResult(file, 0, written.size(), 0, List.of(), 0)), again.files());
        List<ConsumerRecord<String, byte[]>> imported = byKeyThenOffset(target.readToEnd(Topics.RAW).stream()
                .filter(r -> r.key().startsWith("arc-")).toList());
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
        assertNull(TestCluster.latestByKey(target.readToEnd(Topics.INGEST_SEEN)).get("arc-1").value(),
                "the imported takedown forgets arc-1 in ingest's seen-state");
    }

    @Test
    void shouldWriteNothingOfFileWhenItsThirdLineIsBad() throws IOException {
        Path file = dir.resolve("bad-line-3.jsonl");
        Files.writeString(file, String.join("\n", line("bad-1", 0),
                line("bad-2", 1), "{\"key\": \"bad-3\", \"timestamp\": 1, \"value\": \"{\"}",
                line("bad-4", 2)));
        Path good = dir.resolve("good.jsonl");
        Files.writeString(good, line("good-1", 0) + "\n");
        long before = target.endOffsets(Topics.RAW);

        ArchiveImporter.Result result = new ArchiveImporter(target.cluster(), false).importFiles(List.of(file, good));

        assertEquals(1, result.files().get(0).problemCount());
        assertTrue(result.files().get(0).problems().get(0).startsWith(file + " line 3 value is not a raw article"),
                result.files().get(0).problems()::toString);
        assertEquals(new ArchiveImporter.FileResult(good, 1, 0, 0, List.of(), 0), result.files().get(1),
                "a clean file is written even when another file of the same import is refused");
        List<String> keys = target.readToEnd(Topics.RAW).stream().map(ConsumerRecord::key).toList();
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("bad-")), keys::toString);
        assertEquals(before + 1, target.endOffsets(Topics.RAW));
    }

    @Test
    void shouldIngestArticleAgainWhenArchiveTakedownWasImported() throws IOException {
        Path article = dir.resolve("again.jsonl");
        Files.writeString(article, "{\"id\":\"again-1\",\"title\":\"خبر يعود\",\"body\":\"نص قصير عن الخبر.\"}\n");
        assertEquals(1, ingest(article).written());
        assertEquals(0, ingest(article).written(), "the seen-state holds the article");
        Path takedown = dir.resolve("again-takedown.jsonl");
        Files.writeString(takedown, ArchiveLines.write(new ArchiveRecord("again-1", T2.toEpochMilli(), null,
                List.of(new ArchiveRecord.Header(Takedowns.TAKEDOWN_HEADER, "طلب".getBytes(StandardCharsets.UTF_8)))),
                0, 0));

        ArchiveImporter.Result result = new ArchiveImporter(target.cluster(), true).importFiles(List.of(takedown));

        assertEquals(List.of(new ArchiveImporter.FileResult(takedown, 1, 0, 1, List.of(), 0)), result.files());
        assertEquals(1, ingest(article).written(), "re-ingest after the takedown reaches the raw topic");
        List<ConsumerRecord<String, byte[]>> raw = target.readToEnd(Topics.RAW).stream()
                .filter(r -> r.key().equals("again-1")).toList();
        assertEquals(3, raw.size(), "article, takedown, article again");
        assertNull(raw.get(1).value());
        assertNotNull(raw.get(2).value());
    }

    private static IngestCounts ingest(Path file) {
        try (IngestService ingest = IngestService.open(IngestConfig.defaults(), target.cluster().clientBase(),
                Clock.systemUTC(), rejection -> { }, new SimpleMeterRegistry())) {
            return ingest.importPath(file);
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

    private static String line(String id, int variant) {
        return ArchiveLines.write(new ArchiveRecord(id, 1000L + variant, TestArticles.json(TestArticles.article(id,
                variant)), List.of()), 0, variant);
    }
}
