package org.marsad.ingest.file;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.marsad.ingest.ArticleIntake;
import org.marsad.ingest.FinishedArticle;
import org.marsad.ingest.InvalidArticleException;
import org.marsad.ingest.JsonArticles;
import org.marsad.ingest.text.ScrapedArticle;
import org.marsad.model.RawArticle;

/**
 * Imports one {@code .jsonl} stream. Parsing, finishing and hashing (the CPU-heavy part) run on
 * {@code workers}, a bounded window of lines ahead of the writer; lines are written strictly in input order,
 * so two versions of one id in a file reach the topic in the order they were written.
 */
final class JsonLinesImport {

    /** Lines in flight: enough to keep the workers busy, few enough to bound memory (2 MB lines). */
    private static final int WINDOW = 32;

    private final ArticleIntake intake;
    private final Executor workers;
    private final int articleMaxBytes;

    JsonLinesImport(ArticleIntake intake, Executor workers, int articleMaxBytes) {
        this.intake = intake;
        this.workers = workers;
        this.articleMaxBytes = articleMaxBytes;
    }

    /** The outcome of one line: its finished articles, or why it was rejected. */
    private record Line(String source, byte[] original, List<FinishedArticle> articles, String error, Exception cause) {
    }

    void run(BufferedReader lines, String fileName) throws IOException {
        Deque<CompletableFuture<Line>> window = new ArrayDeque<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String text = line;
            String source = fileName + ":" + number;
            window.add(CompletableFuture.supplyAsync(() -> prepare(text, source, fileName), workers));
            if (window.size() >= WINDOW) {
                write(window.removeFirst().join());
            }
        }
        while (!window.isEmpty()) {
            write(window.removeFirst().join());
        }
    }

    private Line prepare(String text, String source, String fileName) {
        byte[] original = text.getBytes(StandardCharsets.UTF_8);
        if (original.length > articleMaxBytes) {
            return new Line(source, original, null, "line of " + original.length + " bytes, over the limit of "
                    + articleMaxBytes + " (marsad.article.max.bytes)", null);
        }
        try {
            RawArticle article = withFeedIfAbsent(JsonArticles.parse(text), fileName);
            return new Line(source, original, intake.finish(ScrapedArticle.of(article)), null, null);
        } catch (InvalidArticleException e) {
            return new Line(source, original, null, e.getMessage(), e);
        }
    }

    private void write(Line line) {
        if (line.error() != null) {
            intake.reject(line.source(), line.error(), line.original(), line.cause());
        } else {
            intake.write(line.articles(), line.source());
        }
    }

    /** A record that names no feed came from this file, which the archive should say. */
    private static RawArticle withFeedIfAbsent(RawArticle a, String fileName) {
        return a.feed() != null ? a : new RawArticle(a.schemaVersion(), a.id(), a.url(), a.source(), fileName,
                a.title(), a.body(), a.language(), a.publishedAt(), a.fetchedAt(), a.author(), a.keywords(), a.relatedTo());
    }
}
