package org.marsad.ingest.file;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import org.marsad.ingest.ArticleIntake;
import org.marsad.ingest.IngestCounts;
import org.marsad.ingest.InvalidArticleException;
import org.marsad.ingest.feed.FeedFailedException;
import org.marsad.ingest.feed.FeedParser;
import org.marsad.ingest.feed.FeedSpec;
import org.marsad.ingest.text.HtmlPage;
import org.marsad.ingest.text.ScrapedArticle;
import org.marsad.ingest.text.ScrapedTextParser;
import org.marsad.model.RawArticle;

/**
 * Imports files and directory trees: {@code .jsonl} (one RawArticle a line), {@code .txt} (scraped format),
 * {@code .html} (main text extracted), {@code .xml} feeds, and {@code .gz} of any of them. Directories are
 * walked recursively in name order and files of other types in them are skipped. Every rejected file or
 * line is reported with its name (and line number), and dead-lettered unless it is a feed.
 */
public final class FileImporter {

    /** Workers finishing .jsonl lines; the importing thread reads and writes, so leave it one core. */
    private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

    private final ArticleIntake intake;
    private final FeedParser feedParser;
    private final int articleMaxBytes;
    private final long feedMaxBytes;

    public FileImporter(ArticleIntake intake, FeedParser feedParser, int articleMaxBytes, long feedMaxBytes) {
        this.intake = intake;
        this.feedParser = feedParser;
        this.articleMaxBytes = articleMaxBytes;
        this.feedMaxBytes = feedMaxBytes;
    }

    /** Imports {@code path} (file or directory), waits until every write is acknowledged, returns the counts. */
    public IngestCounts importPath(Path path) {
        IngestCounts before = intake.counts();
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(Files::isRegularFile).filter(f -> InputFormat.of(f) != null).sorted().forEach(this::importFile);
            } catch (IOException e) {
                intake.reject(path.toString(), "cannot walk directory: " + e, null, e);
            }
        } else if (!Files.isRegularFile(path)) {
            intake.reject(path.toString(), "no such file or directory", null, null);
        } else if (InputFormat.of(path) == null) {
            intake.reject(path.toString(), "unsupported file type (use .jsonl, .txt, .html, .xml, or .gz of them)", null, null);
        } else {
            importFile(path);
        }
        intake.flush();
        return intake.counts().minus(before);
    }

    private void importFile(Path file) {
        String name = file.toString();
        try {
            switch (InputFormat.of(file)) {
                case JSONL -> importJsonLines(file);
                case SCRAPED_TEXT -> importDocument(file, articleMaxBytes, (text, origin) -> ScrapedTextParser.parse(text, origin));
                case HTML -> importDocument(file, articleMaxBytes, HtmlPage::extract);
                case FEED -> importFeed(file);
            }
        } catch (IOException | UncheckedIOException e) {
            intake.reject(name, "cannot read: " + e, null, e);
        } catch (RuntimeException e) {
            // A parser bug on one hostile file must not abort the import of the others; it is reported.
            intake.reject(name, "failed: " + e, null, e);
        }
    }

    private void importJsonLines(Path file) throws IOException {
        // Own threads, not the common pool: a thread joining a common-pool future runs queued tasks itself.
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, r -> new Thread(r, "marsad-jsonl-worker"));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            new JsonLinesImport(intake, workers, articleMaxBytes).run(lines, file.toString());
        } finally {
            workers.shutdownNow();
        }
    }

    /** Parses one whole-file document; the parser gets the text and the file name. */
    private void importDocument(Path file, long maxBytes, DocumentParser parser) throws IOException {
        byte[] bytes = readLimited(file, maxBytes);
        if (bytes == null) {
            intake.reject(file.toString(), "over the limit of " + maxBytes + " bytes (marsad.article.max.bytes)", null, null);
            return;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        ScrapedArticle scraped;
        try {
            scraped = parser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, file.toString());
        } catch (IllegalArgumentException e) {
            intake.reject(file.toString(), e.getMessage(), bytes, e);
            return;
        }
        intake.accept(scraped, file.toString(), bytes);
    }

    private void importFeed(Path file) throws IOException {
        byte[] bytes = readLimited(file, feedMaxBytes);
        if (bytes == null) {
            intake.reject(file.toString(), "over the limit of " + feedMaxBytes + " bytes (marsad.feeds.max.bytes)", null, null);
            return;
        }
        FeedSpec spec = new FeedSpec(file.toString(), null, Duration.ofMinutes(1), false);
        List<RawArticle> items;
        try {
            items = feedParser.parse(bytes, null, spec);
        } catch (FeedFailedException e) {
            intake.reject(file.toString(), e.getMessage(), null, e);
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            intake.accept(ScrapedArticle.of(items.get(i)), file + " item " + (i + 1), null);
        }
    }

    /** The file's (decompressed) bytes, or null when they pass {@code maxBytes}. */
    private static byte[] readLimited(Path file, long maxBytes) throws IOException {
        try (InputStream in = open(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return bytes.length > maxBytes ? null : bytes;
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (!InputFormat.isGzip(file)) {
            return in;
        }
        try {
            return new GZIPInputStream(in, 64 * 1024);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    @FunctionalInterface
    private interface DocumentParser {
        ScrapedArticle parse(String text, String origin);
    }
}
