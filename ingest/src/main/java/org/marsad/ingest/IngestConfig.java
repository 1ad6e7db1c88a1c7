package org.marsad.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.marsad.broker.ClusterConfig;
import org.marsad.http.HttpLimits;

/**
 * The ingest stage's configuration, parsed once from properties and the environment. Each key is
 * declared once below with its default and description; keys {@code marsad.x.y} are also read from the
 * environment variable {@code MARSAD_X_Y}, which wins over the properties.
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param feedsFile the feed list, or null when no feeds are polled
 * @param feedInterval default poll interval of a feed
 * @param feedMaxBytes largest feed response body read
 * @param feedMaxItems most items taken from one poll of one feed
 * @param connectTimeout HTTP connect timeout for feeds
 * @param readTimeout HTTP timeout for a whole feed response
 * @param maxRedirects most redirects followed for one feed request
 * @param backoffInitial first wait after a failed poll
 * @param backoffMax longest wait after repeated failures
 * @param pollThreads threads polling feeds
 * @param userAgent User-Agent header sent to feeds
 * @param articleMaxBytes largest article (UTF-8 JSON) accepted, shared end to end
 * @param httpHost address the push endpoint binds
 * @param httpPort port of the push endpoint, 0 for an ephemeral port
 * @param httpToken bearer token the push endpoint requires, empty for none
 * @param httpMaxBytes largest push request body
 * @param httpLimits time-outs and caps of the embedded HTTP server
 * @param httpTokensFile the push tokens file, or null
 * @param retryAfterMax longest wait a feed's Retry-After may impose
 * @param xmlMaxDepth deepest element nesting in a feed or other XML input
 * @param jsonMaxDepth deepest object and array nesting in a JSON article
 * @param fileMaxDeadLetters most dead letters written for the rejected lines of one file
 * @param seenLoadTimeout longest the start-up read of the seen-state topic may go without progress
 */
public record IngestConfig(
        String bootstrapServers,
        Path feedsFile,
        Duration feedInterval,
        long feedMaxBytes,
        int feedMaxItems,
        Duration connectTimeout,
        Duration readTimeout,
        int maxRedirects,
        Duration backoffInitial,
        Duration backoffMax,
        int pollThreads,
        String userAgent,
        int articleMaxBytes,
        String httpHost,
        int httpPort,
        String httpToken,
        long httpMaxBytes,
        HttpLimits httpLimits,
        Path httpTokensFile,
        Duration retryAfterMax,
        int xmlMaxDepth,
        int jsonMaxDepth,
        int fileMaxDeadLetters,
        Duration seenLoadTimeout) {

    /** Declared once, in {@link ClusterConfig}; ingest reads the same key. */
    public static final ConfigKey BOOTSTRAP_SERVERS = shared(ClusterConfig.BOOTSTRAP_SERVERS_CONFIG);
    public static final ConfigKey FEEDS_FILE = new ConfigKey("marsad.feeds.file", "",
            "Feed list file (see docs/INGEST.md); empty polls no feeds");
    public static final ConfigKey FEED_INTERVAL = new ConfigKey("marsad.feeds.interval", "5m",
            "Default poll interval of a feed (30s, 5m, 1h or PT5M)");
    public static final ConfigKey FEED_MAX_BYTES = new ConfigKey("marsad.feeds.max.bytes", "5242880",
            "Largest feed response body in bytes; larger responses fail the poll");
    public static final ConfigKey FEED_MAX_ITEMS = new ConfigKey("marsad.feeds.max.items", "500",
            "Most items taken from one poll of one feed");
    public static final ConfigKey CONNECT_TIMEOUT = new ConfigKey("marsad.feeds.connect.timeout", "10s",
            "HTTP connect timeout for feeds");
    public static final ConfigKey READ_TIMEOUT = new ConfigKey("marsad.feeds.read.timeout", "30s",
            "HTTP timeout for a whole feed response, body included");
    public static final ConfigKey MAX_REDIRECTS = new ConfigKey("marsad.feeds.max.redirects", "5",
            "Most redirects followed for one feed request");
    public static final ConfigKey BACKOFF_INITIAL = new ConfigKey("marsad.feeds.backoff.initial", "30s",
            "First wait after a failed poll; doubles per failure, with jitter");
    public static final ConfigKey BACKOFF_MAX = new ConfigKey("marsad.feeds.backoff.max", "1h",
            "Longest wait after repeated failed polls");
    public static final ConfigKey POLL_THREADS = new ConfigKey("marsad.feeds.threads", "4",
            "Threads polling feeds; a slow feed holds one thread only");
    public static final ConfigKey USER_AGENT = new ConfigKey("marsad.feeds.user.agent",
            "Marsad/0.1 (Arabic news pipeline)", "User-Agent header sent to feeds");
    /** Declared once, in {@link ClusterConfig}: the one size limit every stage derives its limits from. */
    public static final ConfigKey ARTICLE_MAX_BYTES = shared(ClusterConfig.ARTICLE_MAX_BYTES_CONFIG);
    public static final ConfigKey HTTP_HOST = new ConfigKey("marsad.ingest.http.host", "127.0.0.1",
            "Address the push endpoint binds");
    public static final ConfigKey HTTP_PORT = new ConfigKey("marsad.ingest.http.port", "8090",
            "Port of the push endpoint (0: any free port)");
    public static final ConfigKey HTTP_TOKEN = new ConfigKey("marsad.ingest.http.token", "",
            "Bearer token required by POST /articles; empty requires none");
    public static final ConfigKey HTTP_MAX_BYTES = new ConfigKey("marsad.ingest.http.max.bytes", "16777216",
            "Largest POST /articles body in bytes; larger bodies get 413");
    public static final ConfigKey HTTP_TOKENS_FILE = new ConfigKey("marsad.ingest.http.tokens.file", "",
            "Push tokens file (NAME SECRET [trustIds] [country=CC] a line, see docs/SECURITY.md); empty for none");
    public static final ConfigKey HTTP_IDLE_TIMEOUT = new ConfigKey("marsad.ingest.http.idle.timeout", "10s",
            "Longest silence on an HTTP connection (reading headers, body, or between requests)");
    public static final ConfigKey HTTP_HEADER_TIMEOUT = new ConfigKey("marsad.ingest.http.header.timeout", "10s",
            "Longest time from connecting to the end of the request headers");
    public static final ConfigKey HTTP_BODY_TIMEOUT = new ConfigKey("marsad.ingest.http.body.timeout", "30s",
            "Longest time to read a whole request body; slower ones get 408");
    public static final ConfigKey HTTP_MAX_CONNECTIONS = new ConfigKey("marsad.ingest.http.max.connections", "256",
            "Open HTTP connections; more wait to be accepted");
    public static final ConfigKey HTTP_MAX_REQUESTS = new ConfigKey("marsad.ingest.http.max.requests", "4",
            "POST /articles requests handled at once");
    public static final ConfigKey HTTP_MAX_QUEUED = new ConfigKey("marsad.ingest.http.max.queued", "16",
            "POST /articles requests kept waiting; more get 503 with Retry-After");
    public static final ConfigKey FEED_RETRY_AFTER_MAX = new ConfigKey("marsad.feeds.retry.after.max", "6h",
            "Longest wait a feed's Retry-After (on 429/503) may impose before the next poll");
    public static final ConfigKey XML_MAX_DEPTH = new ConfigKey("marsad.xml.max.depth", "256",
            "Deepest element nesting in a feed; a deeper feed is rejected, naming it");
    public static final ConfigKey JSON_MAX_DEPTH = new ConfigKey("marsad.json.max.depth", "32",
            "Deepest object and array nesting in a JSON article; a deeper record is rejected, naming it");
    public static final ConfigKey FILE_MAX_DEAD_LETTERS = new ConfigKey("marsad.ingest.file.max.dead.letters", "100",
            "Most dead letters written for the rejected records of one file; the rest are counted and reported");
    public static final ConfigKey SEEN_LOAD_TIMEOUT = new ConfigKey("marsad.ingest.seen.load.timeout", "2m",
            "Longest the start-up read of the seen-state topic may go without progress; a large topic takes as"
                + " long as it needs while it moves");

    /** Every key, in the order docs/INGEST.md lists them. */
    public static final List<ConfigKey> KEYS = List.of(BOOTSTRAP_SERVERS, FEEDS_FILE, FEED_INTERVAL,
            FEED_MAX_BYTES, FEED_MAX_ITEMS, CONNECT_TIMEOUT, READ_TIMEOUT, MAX_REDIRECTS, BACKOFF_INITIAL,
            BACKOFF_MAX, POLL_THREADS, USER_AGENT, ARTICLE_MAX_BYTES, HTTP_HOST, HTTP_PORT, HTTP_TOKEN,
            HTTP_MAX_BYTES, HTTP_TOKENS_FILE, HTTP_IDLE_TIMEOUT, HTTP_HEADER_TIMEOUT, HTTP_BODY_TIMEOUT,
            HTTP_MAX_CONNECTIONS, HTTP_MAX_REQUESTS, HTTP_MAX_QUEUED, FEED_RETRY_AFTER_MAX,
            XML_MAX_DEPTH, JSON_MAX_DEPTH, FILE_MAX_DEAD_LETTERS, SEEN_LOAD_TIMEOUT);


    private static ConfigKey shared(String name) {
        ConfigDef.ConfigKey key = ClusterConfig.DEFINITION.configKeys().get(name);
        return new ConfigKey(name, String.valueOf(key.defaultValue), key.documentation);
    }

    /** Defaults only; what tests and the dry run start from. */
    public static IngestConfig defaults() {
        return load(Map.of(), Map.of());
    }

    /** Parses {@code properties} overridden by {@code environment}; fails on the first bad value. */
    public static IngestConfig load(Map<String, String> properties, Map<String, String> environment) {
        ConfigValues values = new ConfigValues(properties, environment);
        String feeds = values.string(FEEDS_FILE);
        IngestConfig config = new IngestConfig(values.string(BOOTSTRAP_SERVERS),
                feeds.isEmpty() ? null : Path.of(feeds), values.duration(FEED_INTERVAL),
                values.positiveLong(FEED_MAX_BYTES), values.integer(FEED_MAX_ITEMS, 1, 100_000),
                values.duration(CONNECT_TIMEOUT), values.duration(READ_TIMEOUT),
                values.integer(MAX_REDIRECTS, 0, 20), values.duration(BACKOFF_INITIAL),
                values.duration(BACKOFF_MAX), values.integer(POLL_THREADS, 1, 256), values.string(USER_AGENT),
                values.integer(ARTICLE_MAX_BYTES, 1024, 64 * 1024 * 1024), values.string(HTTP_HOST),
                values.integer(HTTP_PORT, 0, 65_535), values.string(HTTP_TOKEN), values.positiveLong(HTTP_MAX_BYTES),
                httpLimits(values), pathOrNull(values.string(HTTP_TOKENS_FILE)), values.duration(FEED_RETRY_AFTER_MAX),
                values.integer(XML_MAX_DEPTH, 8, 10_000), values.integer(JSON_MAX_DEPTH, 4, 1_000),
                values.integer(FILE_MAX_DEAD_LETTERS, 0, 1_000_000), values.duration(SEEN_LOAD_TIMEOUT));
        if (config.backoffMax.compareTo(config.backoffInitial) < 0) {
            throw ConfigValues.invalid(BACKOFF_MAX, values.string(BACKOFF_MAX), "shorter than " + BACKOFF_INITIAL.name());
        }
        return config;
    }

    private static HttpLimits httpLimits(ConfigValues values) {
        return new HttpLimits(values.duration(HTTP_IDLE_TIMEOUT), values.duration(HTTP_HEADER_TIMEOUT),
                values.duration(HTTP_BODY_TIMEOUT), values.integer(HTTP_MAX_CONNECTIONS, 1, 100_000),
                values.integer(HTTP_MAX_REQUESTS, 1, 1_000), values.integer(HTTP_MAX_QUEUED, 0, 100_000),
                HttpLimits.defaults().retryAfter());
    }

    private static Path pathOrNull(String path) {
        return path.isEmpty() ? null : Path.of(path);
    }

    /** Parses {@code 250ms}, {@code 30s}, {@code 5m}, {@code 1h} or ISO-8601 {@code PT5M}. */
    public static Duration parseDuration(String text) {
        return ConfigValues.parseDuration(text);
    }

    /** A copy with another bootstrap address; tests and the CLI's embedded broker use it. */
    public IngestConfig withBootstrapServers(String servers) {
        return new IngestConfig(servers, feedsFile, feedInterval, feedMaxBytes, feedMaxItems, connectTimeout,
                readTimeout, maxRedirects, backoffInitial, backoffMax, pollThreads, userAgent, articleMaxBytes,
                httpHost, httpPort, httpToken, httpMaxBytes, httpLimits, httpTokensFile, retryAfterMax,
                xmlMaxDepth, jsonMaxDepth, fileMaxDeadLetters, seenLoadTimeout);

    }
}
