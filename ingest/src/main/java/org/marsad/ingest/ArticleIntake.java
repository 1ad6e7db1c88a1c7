package org.marsad.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import org.marsad.ingest.text.ScrapedArticle;
import org.marsad.model.RawArticle;

/**
 * The one path every source takes: finish a parsed article ({@link ArticleFinisher}), write it and its
 * related articles to the {@link ArticleSink}, and report every rejection and failed write, naming the source.
 */
public final class ArticleIntake {

    private final ArticleFinisher finisher;
    private final ArticleSink sink;
    private final RejectionListener rejections;
    private final LongAdder written = new LongAdder();
    private final LongAdder unchanged = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder failed = new LongAdder();

    public ArticleIntake(ArticleFinisher finisher, ArticleSink sink, RejectionListener rejections) {
        this.finisher = Objects.requireNonNull(finisher, "finisher");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.rejections = Objects.requireNonNull(rejections, "rejections");
    }

    /**
     * Finishes and writes one input. An invalid input is reported, dead-lettered when {@code original} (its
     * bytes as read) is given, and yields counts of one rejection; otherwise the future holds what the writes did.
     */
    public CompletableFuture<IngestCounts> accept(ScrapedArticle scraped, String source, byte[] original) {
        List<FinishedArticle> articles;
        try {
            articles = finisher.finish(scraped);
        } catch (InvalidArticleException e) {
            reject(source, e.getMessage(), original, e);
            return CompletableFuture.completedFuture(new IngestCounts(0, 0, 1, 0));
        }
        return write(articles, source);
    }

    /** Finishes without writing; fails with {@link InvalidArticleException} (the push endpoint checks first). */
    public List<FinishedArticle> finish(ScrapedArticle scraped) {
        return finisher.finish(scraped);
    }

    /**
     * Writes finished articles; the future holds how many were written and how many were already seen once every
     * write is acknowledged, and fails when one failed.
     */
    public CompletableFuture<IngestCounts> write(List<FinishedArticle> articles, String source) {
        List<CompletableFuture<ArticleSink.Outcome>> writes = new ArrayList<>(articles.size());
        for (FinishedArticle article : articles) {
            writes.add(sink.write(article).whenComplete((outcome, error) -> count(source, article.article(), outcome, error)));
        }
        return CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).thenApply(done -> {
            long fresh = writes.stream().filter(w -> w.join() == ArticleSink.Outcome.WRITTEN).count();
            return new IngestCounts(fresh, writes.size() - fresh, 0, 0);
        });
    }

    /** Reports a rejected input (and dead-letters its bytes when given). */
    public void reject(String source, String reason, byte[] original, Throwable cause) {
        rejected.increment();
        rejections.rejected(new Rejection(source, reason));
        if (original != null) {
            sink.deadLetter(source, original, reason, cause == null ? null : cause.getClass().getName());
        }
    }

    /** Tells the rejection listener something about {@code source} that is not itself a rejection. */
    public void note(String source, String message) {
        rejections.rejected(new Rejection(source, message));
    }

    /** Blocks until every write so far is acknowledged or failed. */
    public void flush() {
        sink.flush();
    }

    public IngestCounts counts() {
        return new IngestCounts(written.sum(), unchanged.sum(), rejected.sum(), failed.sum());
    }

    private void count(String source, RawArticle article, ArticleSink.Outcome outcome, Throwable error) {
        if (error != null) {
            failed.increment();
            rejections.rejected(new Rejection(source, "write of article " + article.id() + " failed: " + error));
        } else if (outcome == ArticleSink.Outcome.WRITTEN) {
            written.increment();
        } else {
            unchanged.increment();
        }
    }
}
