package org.marsad.ingest.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.marsad.ingest.ArticleIntake;
import org.marsad.ingest.ImportProgress;
import org.marsad.ingest.InvalidArticleException;
import org.marsad.ingest.JsonArticles;
import org.marsad.ingest.text.ScrapedArticle;
import org.marsad.model.RawArticle;

/**
 * Imports one {@code .jsonl} stream: the calling thread splits it into lines ({@link ByteLines}) and hands
 * batches of them to the workers, which parse, finish and hash them (the costly part); results are written
 * in input order ({@link InOrder}), so two versions of one id in a file reach the topic in the order written.
 */
final class JsonLinesImport {

    /** A batch closes at this many lines or bytes: large enough to amortise the hand-off, small to bound memory. */
    private static final int BATCH_LINES = 64;
    private static final int BATCH_BYTES = 1024 * 1024;

    private final ArticleIntake intake;
    private final JsonArticles json;
    private final int articleMaxBytes;
    private final ImportProgress progress;

    JsonLinesImport(ArticleIntake intake, JsonArticles json, int articleMaxBytes, ImportProgress progress) {
        this.progress = progress;
        this.intake = intake;
        this.json = json;
        this.articleMaxBytes = articleMaxBytes;
    }

    void submit(InputStream in, String fileName, InOrder<List<Prepared>> out) throws IOException {
        ByteLines lines = new ByteLines(in, articleMaxBytes);
        List<ByteLines.Line> batch = new ArrayList<>(BATCH_LINES);
        long batchBytes = 0;
        ByteLines.Line line;
        while ((line = lines.next()) != null) {
            if (line.isBlank()) {
                continue;
            }
            batch.add(line);
            batchBytes += line.bytes().length;
            if (batch.size() >= BATCH_LINES || batchBytes >= BATCH_BYTES) {
                submitBatch(batch, fileName, out);
                batch = new ArrayList<>(BATCH_LINES);
                batchBytes = 0;
            }
        }
        if (!batch.isEmpty()) {
            submitBatch(batch, fileName, out);
        }
    }

    private void submitBatch(List<ByteLines.Line> batch, String fileName, InOrder<List<Prepared>> out) {
        progress.lines(batch.size());
        out.submit(() -> {
            List<Prepared> prepared = new ArrayList<>(batch.size());
            for (ByteLines.Line line : batch) {
                prepared.add(prepare(line, fileName + ":" + line.number(), fileName));
            }
            return prepared;
        });
    }

    private Prepared prepare(ByteLines.Line line, String source, String fileName) {
        if (line.truncated()) {
            return Prepared.rejected(fileName, source, "line of " + line.length() + " bytes, over the limit of " + articleMaxBytes
                    + " (marsad.article.max.bytes); the dead letter holds its first " + articleMaxBytes + " bytes",
                    line.bytes(), null);
        }
        try {
            RawArticle article = withFeedIfAbsent(json.read(line.bytes()), fileName);
            return Prepared.accepted(fileName, source, intake.finish(ScrapedArticle.of(article)));
        } catch (InvalidArticleException e) {
            return Prepared.rejected(fileName, source, e.getMessage(), line.bytes(), e);
        } catch (RuntimeException | StackOverflowError e) {
            // A failure on one hostile line must not abort the import of the others; it is reported.
            return Prepared.rejected(fileName, source, "failed: " + e, line.bytes(), e);
        }
    }

    /** A record that names no feed came from this file, which the archive should say. */
    private static RawArticle withFeedIfAbsent(RawArticle a, String fileName) {
        return a.feed() != null ? a : new RawArticle(a.schemaVersion(), a.id(), a.url(), a.source(), fileName,
                a.title(), a.body(), a.language(), a.publishedAt(), a.fetchedAt(), a.author(), a.keywords(), a.relatedTo(),
                a.sourceCountry(), a.titleDerived());
    }
}
