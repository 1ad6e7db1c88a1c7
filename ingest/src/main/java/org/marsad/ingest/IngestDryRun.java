package org.marsad.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.marsad.ingest.feed.FeedFailedException;
import org.marsad.ingest.feed.FeedFetcher;
import org.marsad.ingest.feed.HostResolver;
import org.marsad.ingest.feed.FeedParser;
import org.marsad.ingest.feed.FetchResult;
import org.marsad.ingest.feed.CacheValidators;
import org.marsad.ingest.feed.FeedSpec;
import org.marsad.ingest.feed.ParsedFeed;
import org.marsad.ingest.file.FileImporter;
import org.marsad.ingest.text.ScrapedArticle;
import org.marsad.model.RawArticle;

/**
 * Shows what ingest would produce, without Kafka and without the seen-state: each input (a file, a
 * directory, or an http(s) feed URL fetched once) is parsed and finished exactly as in a real run, every
 * article printed as one JSON line on {@code out}, every rejected input on {@code err} as
 * {@code source: reason}.
 */
public final class IngestDryRun {

    private final IngestConfig config;
    private final Clock clock;
    private final boolean followLinks;

    /** {@code followLinks}: follow symbolic links out of the directories given, as {@code --follow-links}. */
    public IngestDryRun(IngestConfig config, Clock clock, boolean followLinks) {
        this.config = config;
        this.clock = clock;
        this.followLinks = followLinks;
    }

    /** Runs over {@code inputs}; returns true when any input was rejected (the CLI then exits 1). */
    public boolean run(List<String> inputs, PrintStream out, PrintStream err) {
        ArticleIntake intake = new ArticleIntake(new ArticleFinisher(clock, config.articleMaxBytes()),
                new PrintingSink(out), rejection -> err.println(rejection));
        FeedParser parser = new FeedParser(config.feedMaxItems(), config.xmlMaxDepth());
        FileImporter files = new FileImporter(intake, parser, config);
        for (String input : inputs) {
            if (isUrl(input)) {
                fetchFeed(input, parser, intake);
            } else {
                files.importPath(Path.of(input), followLinks);
            }
        }
        intake.flush();
        err.flush();
        IngestCounts counts = intake.counts();
        return counts.rejected() > 0 || counts.failed() > 0;
    }

    private void fetchFeed(String url, FeedParser parser, ArticleIntake intake) {
        try (FeedFetcher fetcher = new FeedFetcher(config.connectTimeout(), config.readTimeout(), config.maxRedirects(),
                config.feedMaxBytes(), config.userAgent(), HostResolver.SYSTEM, config.retryAfterMax(), clock)) {
            FetchResult fetched = fetcher.fetch(url, false, CacheValidators.NONE);
            ParsedFeed feed = parser.parse(fetched.body(), fetched.contentType(),
                    new FeedSpec(url, null, config.feedInterval(), false));
            List<RawArticle> items = feed.items();
            for (int i = 0; i < items.size(); i++) {
                intake.accept(ScrapedArticle.of(items.get(i)), url + " item " + (i + 1), null);
            }
            if (feed.leftOut() > 0) {
                intake.reject(url, feed.leftOutReason(), null, null);
            }
            if (feed.withoutLink() > 0) {
                intake.note(url, feed.withoutLinkWarning());
            }
        } catch (FeedFailedException | IllegalArgumentException e) {
            intake.reject(url, e.getMessage(), null, e);
        } catch (RuntimeException | StackOverflowError e) {
            intake.reject(url, "failed: " + e, null, e);
        }
    }

    private static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
