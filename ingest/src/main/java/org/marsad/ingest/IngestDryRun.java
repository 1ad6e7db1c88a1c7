package org.marsad.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.marsad.ingest.feed.FeedFetcher;
import org.marsad.ingest.feed.HostResolver;
import org.marsad.ingest.feed.FeedParser;
import org.marsad.ingest.file.FileImporter;

/**
 * Shows what ingest would produce, without Kafka and without the seen-state: each input (a file, a
 * directory, or an http(s) URL of a feed or a page fetched once, {@link UrlImport}) is parsed and finished exactly as in a real run, every
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
        try (FeedFetcher fetcher = new FeedFetcher(config.connectTimeout(), config.readTimeout(), config.maxRedirects(),
                config.feedMaxBytes(), config.userAgent(), HostResolver.SYSTEM, config.retryAfterMax(), clock)) {
            UrlImport urls = new UrlImport(fetcher, parser, intake, config.feedInterval());
            for (String input : inputs) {
                if (UrlImport.isUrl(input)) {
                    urls.importUrl(input);
                } else {
                    files.importPath(Path.of(input), followLinks);
                }
            }
        }
        intake.flush();
        err.flush();
        IngestCounts counts = intake.counts();
        return counts.rejected() > 0 || counts.failed() > 0;
    }

}
