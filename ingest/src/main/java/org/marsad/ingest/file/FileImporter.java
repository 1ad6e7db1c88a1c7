package org.marsad.ingest.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
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
 *
 * <p>The calling thread reads; parsing, finishing and hashing run on worker threads, one task per file or
 * per batch of lines; results are written in input order ({@link InOrder}), so the topic, the counts and the
 * rejection reports come out as if one thread had done everything.
 */
public final class FileImporter {

    /** The reading thread mostly waits for results, so every core finishes articles. */
    private static final int WORKERS = Runtime.getRuntime().availableProcessors();
    /**
     * Results waiting to be written: enough to keep the workers busy while the writer blocks on one, and at
     * most 32 (a batch holds up to 1 MB of lines, so the window bounds an import's memory near 64 MB).
     */
    private static final int WINDOW = Math.min(4 * WORKERS, 32);

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
        // Own threads, not the common pool: a thread joining a common-pool future runs queued tasks itself.
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, r -> new Thread(r, "marsad-import-worker"));
        try {
            InOrder<List<Prepared>> out = new InOrder<>(workers, WINDOW, this::write);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile).filter(f -> InputFormat.of(f) != null).sorted()
                            .forEach(file -> importFile(file, out));
                } catch (IOException | UncheckedIOException e) {
                    out.submitDone(List.of(Prepared.rejected(path.toString(), "cannot walk directory: " + e, null, e)));
                }
            } else if (!Files.isRegularFile(path)) {
                out.submitDone(List.of(Prepared.rejected(path.toString(), "no such file or directory", null, null)));
            } else if (InputFormat.of(path) == null) {
                out.submitDone(List.of(Prepared.rejected(path.toString(),
                        "unsupported file type (use .jsonl, .txt, .html, .xml, or .gz of them)", null, null)));
            } else {
                importFile(path, out);
            }
            out.drain();
        } finally {
            workers.shutdownNow();
        }
        intake.flush();
        return intake.counts().minus(before);
    }

    private void write(List<Prepared> results) {
        for (Prepared result : results) {
            if (result.error() != null) {
                intake.reject(result.source(), result.error(), result.original(), result.cause());
            } else {
                intake.write(result.articles(), result.source());
            }
        }
    }

    private void importFile(Path file, InOrder<List<Prepared>> out) {
        String name = file.toString();
        try {
            switch (InputFormat.of(file)) {
                case JSONL -> {
                    try (InputStream in = open(file)) {
                        new JsonLinesImport(intake, articleMaxBytes).submit(in, name, out);
                    }
                }
                case SCRAPED_TEXT -> importDocument(file, out, ScrapedTextParser::parse);
                case HTML -> importDocument(file, out, HtmlPage::extract);
                case FEED -> importFeed(file, out);
            }
        } catch (IOException | UncheckedIOException e) {
            out.submitDone(List.of(Prepared.rejected(name, "cannot read: " + e, null, e)));
        }
    }

    /** Reads one whole-file document here and parses it on a worker; the parser gets the text and the file name. */
    private void importDocument(Path file, InOrder<List<Prepared>> out, DocumentParser parser) throws IOException {
        String name = file.toString();
        byte[] bytes = readLimited(file, articleMaxBytes);
        if (bytes == null) {
            out.submitDone(List.of(Prepared.rejected(name,
                    "over the limit of " + articleMaxBytes + " bytes (marsad.article.max.bytes)", null, null)));
            return;
        }
        out.submit(() -> List.of(prepareDocument(name, bytes, parser)));
    }

    private Prepared prepareDocument(String name, byte[] bytes, DocumentParser parser) {
        try {
            String text = new String(bytes, StandardCharsets.UTF_8);
            ScrapedArticle scraped = parser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, name);
            return Prepared.accepted(name, intake.finish(scraped));
        } catch (IllegalArgumentException | InvalidArticleException e) {
            // The parser's refusal or the finisher's: both name the reason.
            return Prepared.rejected(name, e.getMessage(), bytes, e);
        } catch (RuntimeException e) {
            // A parser bug on one hostile file must not abort the import of the others; it is reported.
            return Prepared.rejected(name, "failed: " + e, null, e);
        }
    }

    private void importFeed(Path file, InOrder<List<Prepared>> out) throws IOException {
        String name = file.toString();
        byte[] bytes = readLimited(file, feedMaxBytes);
        if (bytes == null) {
            out.submitDone(List.of(Prepared.rejected(name,
                    "over the limit of " + feedMaxBytes + " bytes (marsad.feeds.max.bytes)", null, null)));
            return;
        }
        out.submit(() -> prepareFeed(name, bytes));
    }

    private List<Prepared> prepareFeed(String name, byte[] bytes) {
        List<RawArticle> items;
        try {
            items = feedParser.parse(bytes, null, new FeedSpec(name, null, Duration.ofMinutes(1), false));
        } catch (FeedFailedException e) {
            return List.of(Prepared.rejected(name, e.getMessage(), null, e));
        } catch (RuntimeException e) {
            return List.of(Prepared.rejected(name, "failed: " + e, null, e));
        }
        List<Prepared> prepared = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String source = name + " item " + (i + 1);
            try {
                prepared.add(Prepared.accepted(source, intake.finish(ScrapedArticle.of(items.get(i)))));
            } catch (InvalidArticleException e) {
                prepared.add(Prepared.rejected(source, e.getMessage(), null, e));
            }
        }
        return prepared;
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
