package org.marsad.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.marsad.ingest.feed.Backoff;
import org.marsad.ingest.feed.FeedFetcher;
import org.marsad.ingest.feed.FeedListFile;
import org.marsad.ingest.feed.FeedParser;
import org.marsad.ingest.feed.FeedPollResult;
import org.marsad.ingest.feed.FeedPoller;
import org.marsad.ingest.feed.FeedSpec;
import org.marsad.ingest.file.FileImporter;
import org.marsad.ingest.kafka.KafkaArticleSink;
import org.marsad.ingest.push.PushServer;

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
    private FeedPoller poller;
    private PushServer pushServer;

    private IngestService(IngestConfig config, KafkaArticleSink sink, Clock clock, RejectionListener rejections) {
        this.config = config;
        this.sink = sink;
        this.intake = new ArticleIntake(new ArticleFinisher(clock, config.articleMaxBytes()), sink, rejections);
        this.parser = new FeedParser(config.feedMaxItems());
    }

    /**
     * Opens the stage. {@code clientProperties} are Kafka client settings (at least {@code bootstrap.servers};
     * the CLI passes the shared cluster's, TLS/SASL included); empty uses {@link IngestConfig#bootstrapServers()}.
     * The topics raw, dlq and {@code marsad.ingest.seen} must exist.
     */
    public static IngestService open(IngestConfig config, Map<String, Object> clientProperties, Clock clock,
            RejectionListener rejections) {
        Map<String, Object> client = clientProperties.isEmpty()
                ? Map.of("bootstrap.servers", config.bootstrapServers()) : clientProperties;
        KafkaArticleSink sink = KafkaArticleSink.open(client, config.articleMaxBytes(), config.seenLoadTimeout());
        return new IngestService(config, sink, clock, rejections);
    }

    /** Imports a file or directory tree and waits for the broker's acknowledgements. */
    public IngestCounts importPath(Path path) {
        return new FileImporter(intake, parser, config.articleMaxBytes(), config.feedMaxBytes()).importPath(path);
    }

    /** Starts polling the feeds of {@code marsad.feeds.file}; fails naming the file when it is not set or bad. */
    public void startFeeds(FeedPollResult.Listener listener) {
        if (config.feedsFile() == null) {
            throw new IllegalStateException("No feed list: set " + IngestConfig.FEEDS_FILE.name());
        }
        startFeeds(FeedListFile.read(config.feedsFile(), config.feedInterval()), listener);
    }

    /** Starts polling {@code feeds}. */
    public synchronized void startFeeds(List<FeedSpec> feeds, FeedPollResult.Listener listener) {
        if (poller != null) {
            throw new IllegalStateException("Feeds already started");
        }
        poller = new FeedPoller(new FeedFetcher(config.connectTimeout(), config.readTimeout(), config.maxRedirects(),
                config.feedMaxBytes(), config.userAgent()), parser, intake,
                Backoff.withRandomJitter(config.backoffInitial(), config.backoffMax()),
                Executors.newScheduledThreadPool(config.pollThreads()), listener, config.feedMaxBytes());
        poller.start(feeds);
    }

    /** Starts the push endpoint on {@code marsad.ingest.http.host:port}; returns the bound port. */
    public synchronized int startPushServer() {
        if (pushServer == null) {
            pushServer = PushServer.start(config.httpHost(), config.httpPort(), config.token().orElse(null),
                    config.httpMaxBytes(), PUSH_ACK_TIMEOUT, intake);
        }
        return pushServer.port();
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
        }
        sink.close();
    }
}
