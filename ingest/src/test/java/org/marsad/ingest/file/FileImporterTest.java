package org.marsad.ingest.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;
import org.marsad.ingest.ArticleFinisher;
import org.marsad.ingest.ArticleIds;
import org.marsad.ingest.ArticleIntake;
import org.marsad.ingest.CollectingSink;
import org.marsad.ingest.IngestConfig;
import org.marsad.ingest.IngestCounts;
import org.marsad.ingest.Rejection;
import org.marsad.ingest.feed.FeedParser;
import org.marsad.model.RawArticle;

class FileImporterTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final CollectingSink sink = new CollectingSink();
    private final List<Rejection> rejections = new CopyOnWriteArrayList<>();
    private final FileImporter importer = new FileImporter(
            new ArticleIntake(new ArticleFinisher(Clock.fixed(NOW, ZoneOffset.UTC), 4096), sink, rejections::add),
            new FeedParser(100, 256), IngestConfig.from(MarsadConfig.parse(Map.of("marsad.article.max.bytes", "4096", "marsad.feeds.max.bytes", "100000"))));

    private static Path tree() throws URISyntaxException {
        return Path.of(FileImporterTest.class.getResource("/files/tree").toURI());
    }

    private RawArticle only(Predicate<RawArticle> which) {
        List<RawArticle> found = sink.articles.stream().filter(which).toList();
        assertEquals(1, found.size(), "matching articles in " + sink.articles);
        return found.get(0);
    }

    @Test
    void shouldImportEveryFormatWhenGivenADirectoryTree() throws URISyntaxException {
        IngestCounts counts = importer.importPath(tree(), false);
        // scraped: 1 + 2 related; short 1; gz 1; html 1; rss 1; jsonl 3 valid of 6
        assertEquals(10, counts.written(), String.valueOf(sink.articles));
        assertEquals(3, counts.rejected(), String.valueOf(rejections));
        assertEquals(1, only(a -> a.title().equals("افتتاح سوق للمنتجات الريفية")).keywords().size() + 1);
        RawArticle page = only(a -> a.title().equals("مهرجان الكتاب يستقبل زواره"));
        assertEquals("https://pages.example.com/books/festival", page.url());
        assertEquals("استقبل مهرجان الكتاب السنوي آلاف الزوار في يومه الأول.\n\n"
                + "وشاركت في المهرجان دور نشر من مدن عدة، وعرضت إصدارات جديدة.", page.body());
        assertEquals(Instant.parse("2025-02-15T06:00:00Z"), page.publishedAt());
        assertEquals(List.of("بيئة", "تشجير"), only(a -> a.title().startsWith("بلدية المدينة")).keywords());
        assertTrue(sink.articles.stream().allMatch(a -> a.fetchedAt().equals(NOW)));
    }

    @Test
    void shouldLinkRelatedArticlesToTheirParentWhenScrapedTextHasReadAlso() throws URISyntaxException {
        importer.importPath(tree().resolve("article_scraped.txt"), false);
        RawArticle parent = sink.articles.get(0);
        assertEquals(ArticleIds.forContent(parent.title(), parent.body()), parent.id());
        RawArticle related = sink.articles.get(1);
        assertEquals(parent.id(), related.relatedTo());
        assertEquals(ArticleIds.forUrl("https://example.com/news/olive-prices"), related.id());
        RawArticle relatedWithoutUrl = sink.articles.get(2);
        assertEquals(ArticleIds.forContent(relatedWithoutUrl.title(), relatedWithoutUrl.body()), relatedWithoutUrl.id());
        assertEquals("ar", parent.language());
    }

    @Test
    void shouldKeepValidIdsAndRejectBadLinesNamingFileAndLineWhenJsonlIsMixed() throws URISyntaxException {
        Path jsonl = tree().resolve("articles.jsonl");
        importer.importPath(jsonl, false);
        assertEquals(3, sink.articles.size(), String.valueOf(rejections));
        assertEquals("custom-id-1", sink.articles.get(0).id());
        assertEquals("https://example.org/a/1", sink.articles.get(0).url());
        assertEquals(ArticleIds.forUrl("https://example.org/a/2"), sink.articles.get(1).id());
        assertEquals("en", sink.articles.get(2).language());
        assertEquals(List.of(jsonl + ":3", jsonl + ":4", jsonl + ":5"), rejections.stream().map(Rejection::source).toList());
        assertTrue(rejections.get(0).reason().startsWith("Invalid field 'article': not JSON"), rejections.get(0).reason());
        assertEquals("Invalid field 'title': missing or blank", rejections.get(1).reason());
        assertTrue(rejections.get(2).reason().startsWith("Invalid field 'publishedAt'"), rejections.get(2).reason());
        assertEquals(3, sink.deadLetters.size(), "bad lines go to the DLQ");
    }

    @Test
    void shouldRejectFilesNamingThemWhenMissingUnsupportedOrTooLarge(@TempDir Path dir) throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), "عنوان\n" + "ن".repeat(5000));
        importer.importPath(big, false);
        importer.importPath(dir.resolve("missing.txt"), false);
        importer.importPath(Files.writeString(dir.resolve("notes.md"), "x"), false);
        assertEquals(List.of(
                new Rejection(big.toString(), "over the limit of 4096 bytes (marsad.article.max.bytes)"),
                new Rejection(dir.resolve("missing.txt").toString(), "no such file or directory"),
                new Rejection(dir.resolve("notes.md").toString(),
                        "unsupported file type (use .jsonl, .txt, .html, .xml, or .gz of them)")), rejections);
    }

    @Test
    void shouldWriteInInputOrderWhenLinesAreFinishedInParallel(@TempDir Path dir) throws Exception {
        StringBuilder lines = new StringBuilder();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            bodies.add("النسخة رقم " + i);
            lines.append("{\"id\":\"same\",\"title\":\"عنوان\",\"body\":\"").append(bodies.get(i)).append("\"}\n");
        }
        importer.importPath(Files.writeString(dir.resolve("versions.jsonl"), lines), false);
        assertEquals(bodies, sink.articles.stream().map(RawArticle::body).toList());
    }

    @Test
    void shouldRejectCorruptGzipNamingTheFile(@TempDir Path dir) throws Exception {
        Path corrupt = Files.write(dir.resolve("broken.txt.gz"), new byte[] {1, 2, 3});
        importer.importPath(corrupt, false);
        assertEquals(corrupt.toString(), rejections.get(0).source());
        assertTrue(rejections.get(0).reason().startsWith("cannot read: java.util.zip.ZipException"), rejections.get(0).reason());
    }

    @Test
    void shouldRejectOverLongLineKeepingItsFirstBytesAndImportTheNextWhenJsonlHasOne(@TempDir Path dir) throws Exception {
        String big = "{\"title\":\"عنوان\",\"body\":\"" + "ن".repeat(5000) + "\"}";
        Path file = Files.writeString(dir.resolve("big.jsonl"),
                "{\"title\":\"أول\",\"body\":\"نص\"}\n" + big + "\n{\"title\":\"ثالث\",\"body\":\"نص\"}\n");
        IngestCounts counts = importer.importPath(file, false);
        assertEquals(List.of("أول", "ثالث"), sink.articles.stream().map(RawArticle::title).toList());
        assertEquals(1, counts.rejected());
        int length = big.getBytes(StandardCharsets.UTF_8).length;
        assertEquals(List.of(new Rejection(file + ":2", "line of " + length + " bytes, over the limit of 4096"
                + " (marsad.article.max.bytes); the dead letter holds its first 4096 bytes")), rejections);
        assertArrayEquals(Arrays.copyOf(big.getBytes(StandardCharsets.UTF_8), 4096), sink.deadLetterBytes.get(0));
    }

    @Test
    void shouldRejectLineNamingBadUtf8AndDeadLetterItsExactBytesWhenEncodingIsWrong(@TempDir Path dir) throws Exception {
        byte[] latin1 = "{\"title\":\"caf\u00e9\",\"body\":\"x\"}".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.jsonl"), latin1);
        importer.importPath(file, false);
        assertEquals(List.of(), sink.articles);
        assertEquals(file + ":1", rejections.get(0).source());
        assertTrue(rejections.get(0).reason().startsWith("Invalid field 'title': Invalid UTF-8"),
                rejections.get(0).reason());
        assertArrayEquals(latin1, sink.deadLetterBytes.get(0));
    }

    @Test
    void shouldWriteScrapedFilesInNameOrderWhenTheyAreParsedInParallel(@TempDir Path dir) throws Exception {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            titles.add("خبر رقم " + i);
            Files.writeString(dir.resolve(String.format("%03d.txt", i)), titles.get(i) + "\nنص الخبر " + i + "\n");
        }
        Files.writeString(dir.resolve("030b.txt"), "");
        importer.importPath(dir, false);
        assertEquals(titles, sink.articles.stream().map(RawArticle::title).toList());
        assertEquals(List.of(dir.resolve("030b.txt").toString()), rejections.stream().map(Rejection::source).toList());
    }

    /** #17: legacy Arabic files decode (declared or detected); a short undeclared one is rejected, never garbled. */
    @Test
    void shouldDecodeLegacyArabicFilesAndRejectShortUndeclaredOneWhenImporting(@TempDir Path dir) throws Exception {
        String body = org.marsad.ingest.text.LegacyText.ARTICLE;
        java.nio.charset.Charset cp1256 = java.nio.charset.Charset.forName("windows-1256");
        Files.write(dir.resolve("a_declared.html"), ("<html><head><meta charset=\"windows-1256\"><title>حدائق المدينة"
                + "</title></head><body><article><p>" + body + "</p></article></body></html>").getBytes(cp1256));
        Files.write(dir.resolve("b_undeclared.txt"), ("خطة الحدائق\n" + body).getBytes(
                java.nio.charset.Charset.forName("ISO-8859-6")));
        Path shortFile = Files.write(dir.resolve("c_short.txt"), "خبر قصير\nنص قصير".getBytes(cp1256));

        importer.importPath(dir, false);

        assertEquals(List.of("حدائق المدينة", "خطة الحدائق"), sink.articles.stream().map(RawArticle::title).toList());
        assertTrue(sink.articles.get(1).body().startsWith("أعلنت البلدية"), sink.articles.get(1).body());
        assertEquals(1, rejections.size(), String.valueOf(rejections));
        assertEquals(shortFile.toString(), rejections.get(0).source());
        assertTrue(rejections.get(0).reason().contains("too few to detect one (at least 200)"), rejections.get(0).reason());
    }
}
