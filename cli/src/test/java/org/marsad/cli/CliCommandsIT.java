package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marsad.cli.CliRun.marsad;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.broker.KafkaBroker;
import org.marsad.config.ClusterConfig;
import org.marsad.config.HttpKeys;
import org.marsad.config.MarsadConfig;
import org.marsad.fixtures.TestKafka;
import org.marsad.fixtures.TestStreams;
import org.marsad.model.IndexDocument;
import org.marsad.model.Json;
import org.marsad.model.RawArticle;
import org.marsad.model.Topics;
import org.marsad.search.SearchRequest;

/**
 * The Kafka-facing subcommands of {@code marsad}, called in-process with {@code --bootstrap-servers} against
 * a real embedded broker on which enrich and sink run: ingest (and its dry run), replay, archive export and
 * import into a second broker, delete, and the usage errors of replay and tail.
 */
class CliCommandsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    static Path dataDir;

    private static KafkaBroker broker;
    private static LocalPipeline pipeline;
    private static String servers;

    @BeforeAll
    static void start() {
        broker = TestKafka.start(dataDir.resolve("broker"));
        servers = broker.bootstrapServers();
        pipeline = LocalPipeline.start(MarsadConfig.parse(Map.of(ClusterConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                HttpKeys.PORT, String.valueOf(FreePort.find()))), dataDir, false, 0, TestStreams.FAST);
        pipeline.serveOperations();
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
        broker.close();
    }

    @Test
    void shouldWriteCleanedArticlesOnceWhenIngestingDirectoryTwice() throws Exception {
        Path dir = Files.createDirectories(dataDir.resolve("ingest-twice"));
        Path text = copyFixture("olive-platform.txt", dir);
        copyFixture("two-articles.jsonl", dir);
        String parentId = sha256("https://example.org/news/olive-platform");
        String relatedId = sha256("https://example.org/news/fertiliser-prices");
        String bridgeId = sha256("https://example.org/news/jsonl-bridge");
        Set<String> ids = Set.of(parentId, relatedId, "cliit-ingest-1", bridgeId);

        CliRun first = marsad("ingest", dir.toString(), "--bootstrap-servers", servers);

        assertEquals(0, first.code(), first::toString);
        assertEquals(List.of("marsad ingest: 4 written, 0 already seen, 0 rejected, 0 failed"), first.outLines());
        List<ConsumerRecord<String, byte[]>> raw = readAll(servers, Topics.RAW);
        Map<String, List<RawArticle>> ours = rawArticles(raw, ids);
        assertEquals(ids, ours.keySet());
        ours.forEach((id, versions) -> assertEquals(1, versions.size(), id));

        RawArticle parent = ours.get(parentId).get(0);
        assertEquals("https://example.org/news/olive-platform", parent.url());
        assertEquals("وزارة التجارة تطلق منصة لتسويق زيت الزيتون", parent.title());
        assertEquals("صحيفة المرصد التجريبية", parent.source());
        assertEquals(Instant.parse("2025-02-12T00:00:00Z"), parent.publishedAt());
        assertEquals("ar", parent.language());
        assertEquals(List.of("التجارة", "زيتون", "تسويق المنتجات", "كشاورزي"), parent.keywords(),
                "Persian yeh and keheh are folded to Arabic letters");
        assertEquals("أطلقت وزارة التجارة منصة إلكترونية جديدة لتسويق زيت الزيتون المحلي.\n\n"
                + "وقال مدير المنصة إن التسجيل مجاني للمزارعين. وأضاف أن المنصة تعمل على مدار الساعة.\n\n"
                + "وتتيح المنصة عرض المنتجات بأسعار ثابتة.", parent.body(), "ad labels and related block removed");
        assertNull(parent.relatedTo());

        RawArticle related = ours.get(relatedId).get(0);
        assertEquals(parentId, related.relatedTo());
        assertEquals("انخفاض أسعار الأسمدة في الأسواق", related.title());
        assertEquals("https://example.org/news/fertiliser-prices", related.url());
        assertEquals("سجلت أسعار الأسمدة انخفاضا ملحوظا خلال الشهر الماضي.", related.body());
        assertEquals(parent.source(), related.source());
        assertEquals(parent.feed(), related.feed());
        assertEquals(text.toString(), parent.feed());

        RawArticle library = ours.get("cliit-ingest-1").get(0);
        assertEquals("افتتاح مكتبة عامة جديدة في وسط المدينة", library.title());
        assertEquals("نشرة المرصد التجريبية", library.source());
        RawArticle bridge = ours.get(bridgeId).get(0);
        assertEquals("https://example.org/news/jsonl-bridge", bridge.url(), "the canonical URL is stored");
        assertEquals("en", bridge.language());

        CliRun second = marsad("--bootstrap-servers", servers, "ingest", dir.toString());

        assertEquals(0, second.code(), second::toString);
        assertEquals(List.of("marsad ingest: 0 written, 4 already seen, 0 rejected, 0 failed"), second.outLines());
        assertEquals(raw.size(), readAll(servers, Topics.RAW).size(), "a second import writes nothing");
    }

    /** #17 item 6: {@code marsad ingest URL} imports a page served by a local server; {@code --json} shows progress. */
    @Test
    void shouldImportPageWhenIngestingUrlAndPrintJsonProgress() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = ("<html><head><meta charset=\"utf-8\"><link rel=\"canonical\" href=\"https://cli.example.org/news/ferry\">"
                + "<title>عبارة</title></head><body><article><h1>تشغيل عبارة جديدة بين الضفتين</h1>"
                + "<p>بدأت الهيئة تشغيل عبارة جديدة تنقل الركاب بين الضفتين كل نصف ساعة.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/news/ferry", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (java.io.OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        server.start();
        CliRun result;
        try {
            result = marsad("ingest", "http://127.0.0.1:" + server.getAddress().getPort() + "/news/ferry", "--json",
                    "--bootstrap-servers", servers);
        } finally {
            server.stop(0);
        }
        assertEquals(0, result.code(), result::toString);
        assertEquals(List.of("marsad ingest: 1 written, 0 already seen, 0 rejected, 0 failed"), result.outLines());
        String lastProgress = result.err().strip().lines().filter(l -> l.startsWith("{\"progress\"")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError(result.toString()));
        assertEquals(1, Json.MAPPER.readTree(lastProgress).get("articles").asLong(), lastProgress);
        String id = sha256("https://cli.example.org/news/ferry");
        assertEquals("تشغيل عبارة جديدة بين الضفتين",
                rawArticles(readAll(servers, Topics.RAW), Set.of(id)).get(id).get(0).title());
    }

    @Test
    void shouldPrintGoodLinesAndNameBadLineWithoutKafkaWhenDryRunning() throws Exception {
        Path dir = Files.createDirectories(dataDir.resolve("dry-run"));
        Path file = copyFixture("one-bad-line.jsonl", dir);
        Map<String, Long> before = recordCounts();

        CliRun dry = marsad("ingest", "--dry-run", file.toString(), "--bootstrap-servers", servers);

        assertEquals(1, dry.code(), dry::toString);
        List<String> lines = dry.outLines();
        assertEquals(2, lines.size(), dry::toString);
        RawArticle school = raw(lines.get(0));
        assertEquals("cliit-dry-1", school.id());
        assertEquals("https://example.org/news/dry-school", school.url());
        assertEquals("مدرسة جديدة في القرية", school.title());
        assertEquals("ar", school.language());
        assertEquals(RawArticle.SCHEMA_VERSION, school.schemaVersion());
        assertEquals(file.toString(), school.feed(), "feed is the file when absent");
        assertNotNull(school.fetchedAt());
        RawArticle market = raw(lines.get(1));
        assertEquals(sha256("Market opens early\n\nThe weekly market opened an hour early on Friday."), market.id(),
                "without id and URL the id is the hash of title and body");
        assertEquals("en", market.language());

        List<String> errors = dry.errLines();
        assertEquals(1, errors.size(), dry::toString);
        assertTrue(errors.get(0).startsWith(file + ":2: Invalid field 'publishedAt'"), errors.get(0));
        assertEquals(before, recordCounts(), "a dry run produces nothing to Kafka");
    }

    @Test
    void shouldReEnrichEveryIndexedArticleWhenReplayingFromEarliest() throws Exception {
        List<String> ids = List.of("cliit-replay-1", "cliit-replay-2", "cliit-replay-3");
        ingestJsonl("replay.jsonl", ids);
        awaitIndexCaughtUp();
        List<ConsumerRecord<String, byte[]>> indexBefore = readAll(servers, Topics.INDEX);
        Map<String, IndexDocument> before = documents(indexBefore);
        assertTrue(before.keySet().containsAll(ids), before.keySet()::toString);
        long rawRecords = readAll(servers, Topics.RAW).size();

        CliRun replay = marsad("replay", "--from", "earliest", "--wait", "--json", "--bootstrap-servers", servers);

        assertEquals(0, replay.code(), replay::toString);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : replay.outLines()) {
            lines.add(Json.MAPPER.readTree(line));
        }
        assertTrue(lines.size() >= 2, replay::toString);
        List<JsonNode> progress = lines.subList(0, lines.size() - 1);
        for (JsonNode line : progress) {
            assertTrue(Set.of("replay", "sink").contains(line.path("phase").asText()), line::toString);
            for (String field : List.of("done", "total", "ratePerSecond", "etaSeconds")) {
                assertTrue(line.has(field), () -> field + " missing in " + line);
            }
        }
        JsonNode lastReplay = progress.stream().filter(l -> l.get("phase").asText().equals("replay"))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no replay progress: " + replay));
        assertEquals(rawRecords, lastReplay.get("total").asLong(), lastReplay::toString);
        assertEquals(rawRecords, lastReplay.get("done").asLong(), lastReplay::toString);
        JsonNode summary = lines.get(lines.size() - 1);
        assertEquals("done", summary.get("phase").asText(), summary::toString);
        assertEquals(rawRecords, summary.get("rawRecords").asLong(), summary::toString);
        assertEquals(rawRecords, summary.get("articles").asLong() + summary.get("takedowns").asLong(),
                summary::toString);
        assertTrue(summary.get("applicationId").asText().startsWith("marsad-replay-"), summary::toString);
        String version = summary.get("enricherVersion").asText();

        List<ConsumerRecord<String, byte[]>> indexAfter = readAll(servers, Topics.INDEX);
        Map<String, IndexDocument> after = documents(indexAfter);
        assertEquals(before.keySet(), after.keySet(), "no document appears or disappears");
        for (Map.Entry<String, IndexDocument> entry : before.entrySet()) {
            IndexDocument now = after.get(entry.getKey());
            assertEquals(entry.getKey(), now.id());
            assertTrue(now.enrichedAt().isAfter(entry.getValue().enrichedAt()), entry.getKey());
            assertEquals(version, now.enricherVersion(), entry.getKey());
        }
        Map<String, Long> countBefore = countByKey(indexBefore);
        Map<String, Long> countAfter = countByKey(indexAfter);
        for (String id : ids) {
            assertEquals(countBefore.get(id) + 1, countAfter.get(id), () -> id + " gets exactly one new document");
        }
    }

    @Test
    void shouldCopyArchiveByteForByteOnceWhenExportingAndImportingIntoOtherBroker() throws Exception {
        ingestJsonl("archive.jsonl", List.of("cliit-archive-1", "cliit-archive-2"));
        CliRun delete = marsad("delete", "cliit-archive-2", "--reason", "cliit archive takedown",
                "--bootstrap-servers", servers);
        assertEquals(0, delete.code(), delete::toString);
        Path file = dataDir.resolve("raw-archive.jsonl.gz");
        List<ConsumerRecord<String, byte[]>> source = readAll(servers, Topics.RAW);
        assertNull(latestByKey(source).get("cliit-archive-2").value(), "the archive carries a takedown");

        CliRun export = marsad("archive", "export", "--out", file.toString(), "--bootstrap-servers", servers);

        assertEquals(0, export.code(), export::toString);
        assertEquals(List.of("marsad archive export: " + source.size() + " records written to " + file),
                export.outLines());
        try (KafkaBroker other = TestKafka.start(dataDir.resolve("other-broker"))) {
            String otherServers = other.bootstrapServers();
            ClusterConfig otherCluster = MarsadConfig.parse(Map.of(ClusterConfig.BOOTSTRAP_SERVERS_CONFIG, otherServers)).cluster();
            Stages.provisionTopics(otherCluster);
            awaitServed(otherCluster, Topics.RAW);

            CliRun refused = marsad("--bootstrap-servers", otherServers, "archive", "import", file.toString());

            assertEquals(1, refused.code(), refused::toString);
            assertTrue(refused.errLines().stream().anyMatch(l -> l.contains("is a takedown of cliit-archive-2")
                    || l.contains("carries control header marsad.takedown")), refused::toString);
            assertEquals(0, readAll(otherServers, Topics.RAW).size(), "a refused file writes nothing");

            CliRun imported = marsad("--bootstrap-servers", otherServers, "archive", "import", file.toString(),
                    "--allow-takedowns");

            assertEquals(0, imported.code(), imported::toString);
            assertEquals(List.of("marsad archive import: " + file + ": " + source.size() + " written (1 takedowns), 0"
                    + " already present"), imported.outLines());
            List<ConsumerRecord<String, byte[]>> copy = readAll(otherServers, Topics.RAW);
            assertEquals(byKey(source), byKey(copy), "same ids, timestamps, headers and value bytes");
            assertEquals("cliit archive takedown", new String(latestByKey(copy).get("cliit-archive-2").headers()
                    .lastHeader("marsad.takedown").value(), StandardCharsets.UTF_8));

            CliRun again = marsad("archive", "import", file.toString(), "--allow-takedowns", "--bootstrap-servers",
                    otherServers);

            assertEquals(0, again.code(), again::toString);
            assertEquals(List.of("marsad archive import: " + file + ": 0 written (0 takedowns), " + source.size()
                    + " already present"), again.outLines());
            assertEquals(copy.size(), readAll(otherServers, Topics.RAW).size(), "a second import adds nothing");
        }
    }

    @Test
    void shouldKeepArticleDeletedWhenReplayingAfterDelete() throws Exception {
        String deleted = "cliit-delete-1";
        String kept = "cliit-delete-2";
        Path file = ingestJsonl("delete.jsonl", List.of(deleted, kept));
        awaitIndexCaughtUp();

        CliRun delete = marsad("delete", deleted, "--reason", "cliit takedown", "--bootstrap-servers", servers);

        assertEquals(0, delete.code(), delete::toString);
        assertEquals(1, delete.outLines().size(), delete::toString);
        assertTrue(delete.outLines().get(0).startsWith("marsad delete: 1 article(s) taken down"), delete::toString);
        new TopicReader(pipeline.cluster()).readUntil(Topics.INDEX, records -> {
            ConsumerRecord<String, byte[]> last = latestByKey(records).get(deleted);
            return last != null && last.value() == null;
        }, TIMEOUT);
        ConsumerRecord<String, byte[]> rawTombstone = latestByKey(readAll(servers, Topics.RAW)).get(deleted);
        assertNull(rawTombstone.value());
        assertEquals("cliit takedown", new String(rawTombstone.headers().lastHeader("marsad.takedown").value(),
                StandardCharsets.UTF_8));
        assertNull(latestByKey(readAll(servers, Topics.INGEST_SEEN)).get(deleted).value());

        CliRun replay = marsad("--bootstrap-servers", servers, "replay", "--from", "earliest", "--wait");

        assertEquals(0, replay.code(), replay::toString);
        Map<String, ConsumerRecord<String, byte[]>> index = latestByKey(readAll(servers, Topics.INDEX));
        assertNull(index.get(deleted).value(), "a replay must not bring the article back");
        assertNotNull(index.get(kept).value());

        CliRun republished = marsad("ingest", file.toString(), "--bootstrap-servers", servers);

        assertEquals(List.of("marsad ingest: 1 written, 1 already seen, 0 rejected, 0 failed"),
                republished.outLines(), "the takedown forgets the id in ingest's seen-state");
    }

    @Test
    void shouldExitWithUsageErrorNamingValueWhenReplayFromIsNotAnInstant() {
        CliRun result = marsad("replay", "--from", "yesterday", "--bootstrap-servers", servers);

        assertEquals(2, result.code(), result::toString);
        assertEquals(1, result.errLines().size(), result::toString);
        assertTrue(result.errLines().get(0).startsWith("marsad replay: "), result::toString);
        assertTrue(result.errLines().get(0).contains("'yesterday'"), result::toString);
        assertEquals(List.of(), result.outLines());
    }

    @Test
    void shouldExitWithUsageErrorWhenTailTopicIsUnknown() {
        CliRun result = marsad("--bootstrap-servers", servers, "tail", "--topic", "nope", "--idle-timeout", "1s");

        assertEquals(2, result.code(), result::toString);
        assertTrue(result.errLines().get(0).startsWith("marsad tail: "), result::toString);
        assertTrue(result.errLines().get(0).contains("'nope'"), result::toString);
        assertEquals(List.of(), result.outLines());
    }

    /** Exit code and what the command printed. */
    @Test
    void shouldFindIngestedArticleWhenSearchingLocalIndexAndService() throws Exception {
        Path dir = Files.createDirectories(dataDir.resolve("search"));
        copyFixture("olive-platform.txt", dir);
        String id = sha256("https://example.org/news/olive-platform");
        assertEquals(0, marsad("ingest", dir.toString(), "--bootstrap-servers", servers).code());
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (pipeline.search().search().search(SearchRequest.fromParameters(Map.of("q", "زيتون"))).hits().stream()
                .noneMatch(hit -> hit.id().equals(id))) {
            assertTrue(System.nanoTime() < deadline, "article not searchable within " + TIMEOUT);
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }

        CliRun local = marsad("search", "الزيتون", "--data-dir", dataDir.toString(), "--json");
        CliRun remote = marsad("search", "زيت الزيتون", "--url", "http://127.0.0.1:" + pipeline.operations().port());
        CliRun bad = marsad("search", "--min", "lots", "--data-dir", dataDir.toString());

        assertEquals(0, local.code(), local::toString);
        assertTrue(local.out().contains("\"id\":\"" + id + "\""), local::toString);
        assertEquals(0, remote.code(), remote::toString);
        assertTrue(remote.out().contains(id), remote::toString);
        assertTrue(bad.code() != 0 && bad.err().contains("minAmount"), bad::toString);
    }

    /** Writes one Arabic article per id to a .jsonl file and ingests it with the CLI. */
    private static Path ingestJsonl(String name, List<String> ids) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            lines.append(Json.MAPPER.writeValueAsString(Map.of(
                    "id", ids.get(i),
                    "title", "خبر تجريبي رقم " + (i + 1) + " عن " + name,
                    "body", "أعلنت الشركة الوطنية للنقل عن خط حافلات جديد رقم " + (i + 1) + " يربط الأحياء.",
                    "language", "ar"))).append('\n');
        }
        Path file = Files.writeString(dataDir.resolve(name), lines.toString());
        CliRun result = marsad("ingest", file.toString(), "--bootstrap-servers", servers);
        assertEquals(0, result.code(), result::toString);
        assertEquals(List.of("marsad ingest: " + ids.size() + " written, 0 already seen, 0 rejected, 0 failed"),
                result.outLines());
        return file;
    }

    private static Path copyFixture(String name, Path dir) throws IOException {
        try (InputStream in = CliCommandsIT.class.getResourceAsStream("/cli/" + name)) {
            assertNotNull(in, name);
            Path target = dir.resolve(name);
            Files.copy(in, target);
            return target;
        }
    }

    /**
     * Waits until the index holds, for every id of the raw topic, the state of its last raw record (a
     * document, or a tombstone after a takedown), so that earlier tests' articles are not still on their way.
     */
    private static void awaitIndexCaughtUp() {
        Map<String, ConsumerRecord<String, byte[]>> raw = latestByKey(readAll(servers, Topics.RAW));
        new TopicReader(pipeline.cluster()).readUntil(Topics.INDEX, records -> {
            Map<String, ConsumerRecord<String, byte[]>> index = latestByKey(records);
            return raw.entrySet().stream().allMatch(e -> index.containsKey(e.getKey())
                    && (index.get(e.getKey()).value() == null) == (e.getValue().value() == null));
        }, TIMEOUT);
    }

    /**
     * Waits until the broker answers offset requests for every partition of a newly created topic: topic
     * creation is acknowledged before the partitions are served.
     */
    private static void awaitServed(ClusterConfig cluster, String topic) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        try (Admin admin = Admin.create(cluster.clientBase())) {
            while (true) {
                try {
                    TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
                    Map<TopicPartition, OffsetSpec> latest = description.partitions().stream().collect(
                            Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
                    admin.listOffsets(latest).all().get();
                    return;
                } catch (ExecutionException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Topic " + topic + " not served within " + TIMEOUT, e);
                    }
                }
            }
        }
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String bootstrapServers, String topic) {
        ClusterConfig cluster = MarsadConfig.parse(Map.of(ClusterConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers)).cluster();
        return new TopicReader(cluster).readAll(topic, TIMEOUT);
    }

    private static Map<String, Long> recordCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String topic : List.of(Topics.RAW, Topics.DLQ, Topics.INGEST_SEEN)) {
            counts.put(topic, (long) readAll(servers, topic).size());
        }
        return counts;
    }

    private static Map<String, ConsumerRecord<String, byte[]>> latestByKey(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, ConsumerRecord<String, byte[]>> latest = new HashMap<>();
        records.forEach(r -> latest.put(r.key(), r));
        return latest;
    }

    /** The current document of every id whose last index record is not a tombstone. */
    private static Map<String, IndexDocument> documents(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, IndexDocument> documents = new HashMap<>();
        latestByKey(records).forEach((id, r) -> {
            if (r.value() != null) {
                documents.put(id, Topics.INDEX_SERDE.deserializer().deserialize(Topics.INDEX, r.value()));
            }
        });
        return documents;
    }

    private static Map<String, Long> countByKey(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
    }

    private static Map<String, List<RawArticle>> rawArticles(List<ConsumerRecord<String, byte[]>> records,
            Set<String> ids) {
        Map<String, List<RawArticle>> found = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            if (ids.contains(r.key())) {
                RawArticle article = Topics.RAW_SERDE.deserializer().deserialize(Topics.RAW, r.value());
                assertEquals(r.key(), article.id());
                found.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(article);
            }
        }
        return found;
    }

    /** Per id, its records in order as timestamp, headers and base64 value bytes. */
    private static Map<String, List<String>> byKey(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, List<String>> byKey = new TreeMap<>();
        Base64.Encoder base64 = Base64.getEncoder();
        for (ConsumerRecord<String, byte[]> r : records) {
            StringBuilder headers = new StringBuilder();
            for (Header h : r.headers()) {
                headers.append(h.key()).append('=').append(h.value() == null ? "null" : base64.encodeToString(h.value()))
                        .append(';');
            }
            byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.timestamp() + " " + headers + " "
                    + (r.value() == null ? "null" : base64.encodeToString(r.value())));
        }
        return byKey;
    }

    private static RawArticle raw(String line) {
        return Topics.RAW_SERDE.deserializer().deserialize(Topics.RAW, line.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
