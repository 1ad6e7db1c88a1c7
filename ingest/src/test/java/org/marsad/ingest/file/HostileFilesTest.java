package org.marsad.ingest.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;
import org.marsad.ingest.ArticleFinisher;
import org.marsad.ingest.ArticleIntake;
import org.marsad.ingest.CollectingSink;
import org.marsad.ingest.IngestConfig;
import org.marsad.ingest.IngestCounts;
import org.marsad.ingest.Rejection;
import org.marsad.ingest.feed.FeedParser;
import org.marsad.model.RawArticle;

/** Issues #13 and #14: one hostile file or directory entry is named and counted, and the others are imported. */
class HostileFilesTest {

    private final CollectingSink sink = new CollectingSink();
    private final List<Rejection> rejections = new CopyOnWriteArrayList<>();
    private final IngestConfig config = IngestConfig.from(MarsadConfig.parse(Map.of("marsad.ingest.file.max.dead.letters", "2")));
    private final FileImporter importer = new FileImporter(new ArticleIntake(new ArticleFinisher(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), config.articleMaxBytes()), sink,
            rejections::add), new FeedParser(config.feedMaxItems(), config.xmlMaxDepth()), config);

    private static void goodFiles(Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "خبر أول\nنص الخبر الأول.\n");
        Files.writeString(dir.resolve("z.txt"), "خبر أخير\nنص الخبر الأخير.\n");
    }

    private List<String> titles() {
        return sink.articles.stream().map(RawArticle::title).toList();
    }

    @Test
    void shouldNameDeepFeedAndImportTheOthersWhenDirectoryHasOne(@TempDir Path dir) throws Exception {
        goodFiles(dir);
        Path deep = dir.resolve("m-deep.xml");
        Files.writeString(deep, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item>"
                + "<title>عنوان</title><description>" + "<x>".repeat(5000) + "</x>".repeat(5000)
                + "</description></item></channel></rss>");

        IngestCounts counts = importer.importPath(dir, false);

        assertEquals(List.of("خبر أول", "خبر أخير"), titles());
        assertEquals(List.of(new Rejection(deep.toString(), "Feed " + deep + ": elements nested deeper than 256"
                + " (marsad.xml.max.depth)")), rejections);
        assertEquals(new IngestCounts(2, 0, 1, 0), counts);
    }

    @Test
    void shouldReportHowManyItemsWereLeftOutWhenFeedFileIsOverTheItemLimit(@TempDir Path dir) throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>");
        for (int i = 0; i < 100_000; i++) {
            xml.append("<item><title>خبر ").append(i).append("</title></item>");
        }
        Path feed = Files.writeString(dir.resolve("big.xml"), xml.append("</channel></rss>"));

        importer.importPath(feed, false);

        assertEquals(500, sink.articles.size());
        assertEquals(List.of(new Rejection(feed.toString(), "99500 of 100000 items left out, over the limit of 500"
                + " (marsad.feeds.max.items)"), new Rejection(feed.toString(), "500 of 500 items have no usable link;"
                + " kept with content-hash ids")), rejections);
    }

    @Test
    void shouldReportLinkLoopAndImportTheRestWhenLinksAreFollowed(@TempDir Path dir) throws Exception {
        goodFiles(dir);
        Path sub = Files.createDirectory(dir.resolve("m-sub"));
        Path loop = Files.createSymbolicLink(sub.resolve("loop"), dir);

        importer.importPath(dir, true);

        assertEquals(List.of("خبر أول", "خبر أخير"), titles());
        assertEquals(1, rejections.size(), rejections.toString());
        assertEquals(loop.toString(), rejections.get(0).source());
        assertTrue(rejections.get(0).reason().startsWith("cannot read: java.nio.file.FileSystemLoopException"),
                rejections.get(0).reason());
    }

    /**
     * Tests run as root, for whom permissions do not stop a read; so the walker's error path gets the failure a
     * subdirectory without permission gives, and must report it and go on.
     */
    @Test
    void shouldReportUnreadableEntryAndGoOnWhenTheFileSystemRefusesIt(@TempDir Path dir) throws Exception {
        goodFiles(dir);
        DirectoryWalk walk = new DirectoryWalk(dir, false);
        Path locked = dir.resolve("locked");
        walk.visitFileFailed(locked, new AccessDeniedException(locked.toString()));
        Files.walkFileTree(dir, walk);

        List<DirectoryWalk.Entry> entries = walk.entries();
        assertEquals(List.of(dir.resolve("a.txt"), locked, dir.resolve("z.txt")),
                entries.stream().map(DirectoryWalk.Entry::path).toList());
        assertEquals("cannot read: java.nio.file.AccessDeniedException: " + locked, entries.get(1).problem());
    }

    @Test
    void shouldNotFollowLinkOutOfTheDirectoryUnlessAsked(@TempDir Path root) throws Exception {
        Path dir = Files.createDirectory(root.resolve("import"));
        goodFiles(dir);
        Path secret = Files.writeString(root.resolve("secret.txt"), "سطر خارج المجلد\nلا يقرأ.\n");
        Path link = Files.createSymbolicLink(dir.resolve("m-link.txt"), secret);
        Path inside = Files.createSymbolicLink(dir.resolve("n-inside.txt"), dir.resolve("a.txt"));

        importer.importPath(dir, false);

        assertEquals(List.of("خبر أول", "خبر أول", "خبر أخير"), titles(), "the link inside is read, under its name");
        assertEquals(List.of(new Rejection(link.toString(), "symbolic link out of " + dir
                + ", not followed (--follow-links follows it)")), rejections);
        assertEquals(List.of(), sink.deadLetters, "nothing of the target reaches the dead-letter topic");
        assertTrue(Files.isSymbolicLink(inside));

        sink.articles.clear();
        rejections.clear();
        importer.importPath(dir, true);
        assertTrue(titles().contains("سطر خارج المجلد"), titles().toString());
        assertEquals(List.of(), rejections);
    }

    @Test
    void shouldRejectTextFileNamingItWhenItIsBinaryOrNotUtf8(@TempDir Path dir) throws Exception {
        goodFiles(dir);
        byte[] binary = new byte[64];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7);
        }
        Path junk = Files.write(dir.resolve("junk.txt"), binary);
        Path control = Files.write(dir.resolve("control.txt"), "عنوان\nنص\u0000\u0001".getBytes(StandardCharsets.UTF_8));

        importer.importPath(dir, false);

        assertEquals(List.of("خبر أول", "خبر أخير"), titles());
        assertEquals(List.of(new Rejection(control.toString(), "not a text file: control character U+0000 at character 9"),
                new Rejection(junk.toString(), "not a text file: no charset declared and not UTF-8 (invalid byte at offset 19); 64 bytes are too"
                        + " few to detect one (at least 200): declare the charset")), rejections);
    }

    @Test
    void shouldCapDeadLettersOfOneFileAndCountTheRest(@TempDir Path dir) throws Exception {
        Path jsonl = Files.writeString(dir.resolve("empty-objects.jsonl"), "{}\n".repeat(5));

        IngestCounts counts = importer.importPath(jsonl, false);

        assertEquals(5, counts.rejected());
        assertEquals(2, sink.deadLetters.size(), sink.deadLetters.toString());
        assertEquals(new Rejection(jsonl.toString(), "3 more rejected records not dead-lettered, over the limit of 2"
                + " per file (marsad.ingest.file.max.dead.letters)"), rejections.get(rejections.size() - 1));
    }

    @Test
    void shouldRejectLineNamingTheLimitWhenJsonNestsDeeperThanIt(@TempDir Path dir) throws Exception {
        Path jsonl = Files.writeString(dir.resolve("deep.jsonl"), "{\"title\":\"عنوان\",\"extra\":"
                + "[".repeat(5000) + "]".repeat(5000) + "}\n{\"title\":\"خبر سليم\"}\n");

        importer.importPath(jsonl, false);

        assertEquals(List.of("خبر سليم"), titles());
        assertEquals(jsonl + ":1", rejections.get(0).source());
        assertTrue(rejections.get(0).reason().contains("exceeds the maximum allowed (32"), rejections.get(0).reason());
    }
}
