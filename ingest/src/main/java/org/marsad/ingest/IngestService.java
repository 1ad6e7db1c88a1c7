package org.marsad.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import io.micrometer.core.instrument.MeterRegistry;
import org.marsad.config.IngestKeys;
import org.marsad.http.EmbeddedHttpServer;
import org.marsad.ingest.feed.FeedBoard;
import org.marsad.ingest.feed.FeedsRoute;
import org.marsad.ingest.push.PushMeters;
import org.marsad.ingest.feed.Backoff;
import org.marsad.ingest.feed.FeedFetcher;
import org.marsad.ingest.feed.FeedListFile;
import org.marsad.ingest.feed.FeedParser;
import org.marsad.ingest.feed.FeedPollResult;
import org.marsad.ingest.feed.FeedPoller;
import org.marsad.ingest.feed.FeedSpec;
import org.marsad.ingest.feed.HostResolver;
import org.marsad.ingest.file.FileImporter;
import org.marsad.ingest.kafka.KafkaArticleSink;
import org.marsad.ingest.push.PushServer;
import org.marsad.ingest.push.PushTokens;

/**
 * The ingest stage for the CLI: one Kafka sink (with the seen-state loaded from its topic) shared by the
 * three sources, each started on demand: {@link #importPath} (files, one shot), {@link #startFeeds}
 * (polls until closed) and {@link #startPushServer} (serves until closed). Closing stops the sources and
 * flushes every accepted article to the broker.
 */
public final class IngestService implements AutoCloseable {

    /** How long a push request waits for the broker's acknowledgement before answering 503. */
    static final Duration PUSH_ACK_TIMEOUT = Duration.ofSeconds(30);

    private final IngestConfig config;
    private final KafkaArticleSink sink;
    private final ArticleIntake intake;
    private final FeedParser parser;
    private final Clock clock;
    private final ImportProgress fileProgress = new ImportProgress();
    private final FeedBoard feedBoard;
    private final PushMeters pushMeters;
    private FeedFetcher fetcher;
    private FeedPoller poller;
    private PushServer pushServer;

    private IngestService(IngestConfig config, KafkaArticleSink sink, Clock clock, RejectionListener rejections,
            MeterRegistry meters) {
        this.config = config;
        this.sink = sink;
        this.clock = clock;
        this.feedBoard = new FeedBoard(meters, clock);
        this.pushMeters = new PushMeters(meters);
        IngestMeters.bindFiles(meters, fileProgress);
        this.intake = new ArticleIntake(new ArticleFinisher(clock, config.articleMaxBytes()), sink, rejections);
        this.parser = new FeedParser(config.feedMaxItems(), config.xmlMaxDepth());
    }

    /**
     * Opens the stage. {@code clientProperties} are Kafka client settings (at least {@code bootstrap.servers};
     * the CLI passes the shared cluster's, TLS/SASL included); empty uses {@link IngestConfig#bootstrapServers()}.
     * The topics raw, dlq and {@code marsad.ingest.seen} must exist. The stage's meters (feeds, pushes, files)
     * go to {@code meters}.
     */
    public static IngestService open(IngestConfig config, Map<String, Object> clientProperties, Clock clock,
            RejectionListener rejections, MeterRegistry meters) {
        Map<String, Object> client = clientProperties.isEmpty()
                ? Map.of("bootstrap.servers", config.bootstrapServers()) : clientProperties;
        KafkaArticleSink sink = KafkaArticleSink.open(client, config.articleMaxBytes(), config.seenLoadTimeout());
        return new IngestService(config, sink, clock, rejections, meters);
    }

    /** Imports a file or directory tree, links not followed out of it, and waits for the broker's acknowledgements. */
    public IngestCounts importPath(Path path) {
        return importPath(path, false);
    }

    /** Imports a file or directory tree, following symbolic links out of it when {@code followLinks}. */
    public IngestCounts importPath(Path path, boolean followLinks) {
        return new FileImporter(intake, parser, config, fileProgress).importPath(path, followLinks);
    }

    /**
     * Imports one http(s) URL, a feed's items or a page as one article ({@link UrlImport}), and waits for the
     * broker's acknowledgements; returns the counts of this import.
     */
    public IngestCounts importUrl(String url) {
        IngestCounts before = intake.counts();
        try (FeedFetcher once = new FeedFetcher(config.connectTimeout(), config.readTimeout(), config.maxRedirects(),
                config.feedMaxBytes(), config.userAgent(), HostResolver.SYSTEM, config.retryAfterMax(), clock)) {
            new UrlImport(once, parser, intake, config.feedInterval()).importUrl(url);
        }
        intake.flush();
        return intake.counts().minus(before);
    }

    /** Starts polling the feeds of {@code marsad.feeds.file}; fails naming the file when it is not set or bad. */
    public void startFeeds(FeedPollResult.Listener listener) {
        if (config.feedsFile() == null) {
            throw new IllegalStateException("No feed list: set " + IngestKeys.FEEDS_FILE);
        }
        startFeeds(FeedListFile.read(config.feedsFile(), config.feedInterval()), listener);
    }

    /** Starts polling {@code feeds}. */
    public synchronized void startFeeds(List<FeedSpec> feeds, FeedPollResult.Listener listener) {
        if (poller != null) {
            throw new IllegalStateException("Feeds already started");
        }
        fetcher = new FeedFetcher(config.connectTimeout(), config.readTimeout(), config.maxRedirects(),
                config.feedMaxBytes(), config.userAgent(), HostResolver.SYSTEM, config.retryAfterMax(), clock);
        feedBoard.register(feeds);
        poller = new FeedPoller(fetcher, parser, intake,
                Backoff.withRandomJitter(config.backoffInitial(), config.backoffMax()),
                Executors.newScheduledThreadPool(config.pollThreads()), feedBoard.andThen(listener), config.feedMaxBytes());
        poller.start(feeds);
    }

    /** Starts the push endpoint on {@code marsad.ingest.http.host:port}; returns the bound port. */
    public synchronized int startPushServer() {
        if (pushServer == null) {
            pushServer = PushServer.start(config.httpHost(), config.httpPort(),
                    PushTokens.configured(config.httpToken(), config.httpTokensFile()), config.httpMaxBytes(),
                    PUSH_ACK_TIMEOUT, config.httpLimits(), intake, pushMeters);
        }
        return pushServer.port();
    }

    /**
     * Progress since the stage opened, for a progress line: files and JSON lines read, articles written (already
     * seen ones included) and inputs rejected.
     */
    public ImportProgress.Snapshot progress() {
        ImportProgress.Snapshot files = fileProgress.snapshot();
        IngestCounts counts = intake.counts();
        return new ImportProgress.Snapshot(files.files(), files.lines(), counts.written() + counts.unchanged(),
                counts.rejected() + counts.failed());
    }

    /**
     * The route {@code GET /api/feeds} ({@link FeedsRoute}) over this stage's feed state, for the process's
     * operations port.
     */
    public EmbeddedHttpServer.Route feedsRoute() {
        return FeedsRoute.route(feedBoard);
    }

    /**
     * Why the latest article write failed, while no later write was acknowledged: the producer cannot send
     * (the process's readiness check {@code ingest}).
     */
    public Optional<String> lastWriteFailure() {
        return sink.lastWriteFailure();
    }

    /** Totals since the stage opened. */
    public IngestCounts counts() {
        return intake.counts();
    }

    @Override
    public synchronized void close() {
        if (pushServer != null) {
            pushServer.close();
        }
        if (poller != null) {
            poller.close();
            fetcher.close();
        }
        sink.close();
    }
}
