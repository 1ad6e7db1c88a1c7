package org.marsad.ingest.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.marsad.ingest.ArticleIntake;
import org.marsad.ingest.ImportProgress;
import org.marsad.ingest.IngestConfig;
import org.marsad.ingest.IngestCounts;
import org.marsad.ingest.InvalidArticleException;
import org.marsad.ingest.JsonArticles;
import org.marsad.ingest.feed.FeedFailedException;
import org.marsad.ingest.feed.FeedParser;
import org.marsad.ingest.feed.FeedSpec;
import org.marsad.ingest.feed.ParsedFeed;
import org.marsad.ingest.text.HtmlPage;
import org.marsad.ingest.text.ScrapedArticle;
import org.marsad.ingest.text.ScrapedTextParser;
import org.marsad.ingest.text.TextCharset;
import org.marsad.model.RawArticle;

/**
 * Imports files and directory trees: {@code .jsonl} (one RawArticle a line), {@code .txt} (scraped format),
 * {@code .html} (main text extracted), {@code .xml} feeds, and {@code .gz} of any of them. Directories are
 * walked recursively in name order ({@link DirectoryWalk}) and files of other types in them are skipped.
 * Every rejected file, line or directory entry is reported with its name (and line number), whatever the
 * failure, and the import goes on with the next one; rejected records are dead-lettered (not feeds' items),
 * at most {@code marsad.ingest.file.max.dead.letters} per file ({@link DeadLetterCap}).
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
    private final JsonArticles json;
    private final int articleMaxBytes;
    private final long feedMaxBytes;
    private final DeadLetterCap deadLetters;
    private final ImportProgress progress;

    /** Reads with {@code config}'s limits: article and feed sizes, JSON depth, dead letters per file. */
    public FileImporter(ArticleIntake intake, FeedParser feedParser, IngestConfig config) {
        this(intake, feedParser, config, new ImportProgress());
    }

    /** As above, counting the files and JSON lines read into {@code progress} (for a progress line). */
    public FileImporter(ArticleIntake intake, FeedParser feedParser, IngestConfig config, ImportProgress progress) {
        this.progress = progress;
        this.intake = intake;
        this.feedParser = feedParser;
        this.json = new JsonArticles(config.jsonMaxDepth());
        this.articleMaxBytes = config.articleMaxBytes();
        this.feedMaxBytes = config.feedMaxBytes();
        this.deadLetters = new DeadLetterCap(intake, config.fileMaxDeadLetters(), progress);
    }

    /**
     * Imports {@code path} (file or directory), waits until every write is acknowledged, returns the counts.
     * Symbolic links in a directory are not followed out of it unless {@code followLinks}.
     */
    public IngestCounts importPath(Path path, boolean followLinks) {
        IngestCounts before = intake.counts();
        // Own threads, not the common pool: a thread joining a common-pool future runs queued tasks itself.
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, r -> new Thread(r, "marsad-import-worker"));
        try {
            InOrder<List<Prepared>> out = new InOrder<>(workers, WINDOW, deadLetters::write);
            if (Files.isDirectory(path)) {
                importDirectory(path, followLinks, out);
            } else if (!Files.isRegularFile(path)) {
                out.submitDone(List.of(Prepared.rejected(path.toString(), "no such file or directory", null, null)));
            } else if (InputFormat.of(path) == null) {
                out.submitDone(List.of(Prepared.rejected(path.toString(),
                        "unsupported file type (use .jsonl, .txt, .html, .xml, or .gz of them)", null, null)));
            } else {
                importFile(path, out);
            }
            out.drain();
            deadLetters.endOfFile();
        } finally {
            workers.shutdownNow();
        }
        intake.flush();
        return intake.counts().minus(before);
    }

    private void importDirectory(Path dir, boolean followLinks, InOrder<List<Prepared>> out) {
        List<DirectoryWalk.Entry> entries;
        try {
            entries = DirectoryWalk.of(dir, followLinks);
        } catch (IOException | RuntimeException e) {
            out.submitDone(List.of(Prepared.rejected(dir.toString(), "cannot walk directory: " + e, null, e)));
            return;
        }
        for (DirectoryWalk.Entry entry : entries) {
            if (entry.problem() != null) {
                out.submitDone(List.of(Prepared.rejected(entry.path().toString(), entry.problem(), null, entry.cause())));
            } else {
                importFile(entry.path(), out);
            }
        }
    }

    private void importFile(Path file, InOrder<List<Prepared>> out) {
        String name = file.toString();
        progress.file();
        try {
            switch (InputFormat.of(file)) {
                case JSONL -> {
                    try (InputStream in = InputFiles.open(file)) {
                        new JsonLinesImport(intake, json, articleMaxBytes, progress).submit(in, name, out);
                    }
                }
                case SCRAPED_TEXT -> importDocument(file, out, true, ScrapedTextParser::parse);
                case HTML -> importDocument(file, out, false, HtmlPage::extract);
                case FEED -> importFeed(file, out);
            }
        } catch (IOException | RuntimeException e) {
            // One unreadable file (or a gzip that is not one) is reported by name; the next one is read.
            out.submitDone(List.of(Prepared.rejected(name, "cannot read: " + e, null, e)));
        }
    }

    /**
     * Reads one whole-file document here and parses it on a worker. Both are decoded in their charset
     * ({@link TextCharset}; HTML may declare it in a {@code <meta>}); {@code strictText} files must also be
     * clean text ({@link PlainText}).
     */
    private void importDocument(Path file, InOrder<List<Prepared>> out, boolean strictText, DocumentParser parser)
            throws IOException {
        String name = file.toString();
        byte[] bytes = InputFiles.readLimited(file, articleMaxBytes);
        if (bytes == null) {
            out.submitDone(List.of(Prepared.rejected(name,
                    "over the limit of " + articleMaxBytes + " bytes (marsad.article.max.bytes)", null, null)));
            return;
        }
        out.submit(() -> List.of(prepareDocument(name, bytes, strictText, parser)));
    }

    private Prepared prepareDocument(String name, byte[] bytes, boolean strictText, DocumentParser parser) {
        try {
            String text = strictText ? PlainText.decode(bytes) : TextCharset.decode(bytes, null, true).text();
            return Prepared.accepted(name, name, intake.finish(parser.parse(text, name)));
        } catch (IllegalArgumentException | InvalidArticleException e) {
            // The decoder's, the parser's or the finisher's refusal: each names the reason.
            return Prepared.rejected(name, e.getMessage(), bytes, e);
        } catch (RuntimeException | StackOverflowError e) {
            // A parser failure on one hostile file must not abort the import of the others; it is reported.
            return Prepared.rejected(name, "failed: " + e, null, e);
        }
    }

    private void importFeed(Path file, InOrder<List<Prepared>> out) throws IOException {
        String name = file.toString();
        byte[] bytes = InputFiles.readLimited(file, feedMaxBytes);
        if (bytes == null) {
            out.submitDone(List.of(Prepared.rejected(name,
                    "over the limit of " + feedMaxBytes + " bytes (marsad.feeds.max.bytes)", null, null)));
            return;
        }
        out.submit(() -> prepareFeed(name, bytes));
    }

    private List<Prepared> prepareFeed(String name, byte[] bytes) {
        ParsedFeed feed;
        try {
            feed = feedParser.parse(bytes, null, new FeedSpec(name, null, Duration.ofMinutes(1), false));
        } catch (FeedFailedException e) {
            return List.of(Prepared.rejected(name, e.getMessage(), null, e));
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(Prepared.rejected(name, "failed: " + e, null, e));
        }
        List<RawArticle> items = feed.items();
        List<Prepared> prepared = new ArrayList<>(items.size() + 1);
        for (int i = 0; i < items.size(); i++) {
            String source = name + " item " + (i + 1);
            try {
                prepared.add(Prepared.accepted(name, source, intake.finish(ScrapedArticle.of(items.get(i)))));
            } catch (InvalidArticleException e) {
                prepared.add(Prepared.rejected(name, source, e.getMessage(), null, e));
            }
        }
        if (feed.leftOut() > 0) {
            prepared.add(Prepared.rejected(name, feed.leftOutReason(), null, null));
        }
        if (feed.withoutLink() > 0) {
            prepared.add(Prepared.note(name, feed.withoutLinkWarning()));
        }
        return prepared;
    }

    @FunctionalInterface
    private interface DocumentParser {
        ScrapedArticle parse(String text, String origin);
    }
}
