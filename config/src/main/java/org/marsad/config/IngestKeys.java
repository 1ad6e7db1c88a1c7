package org.marsad.config;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * The ingest stage's keys: feeds, the push endpoint and its HTTP limits, files and the seen-state. The
 * bootstrap servers and the article size limit are cluster keys ({@link ClusterConfig}).
 */
public final class IngestKeys {

    public static final String FEEDS_FILE = "marsad.feeds.file";
    public static final String FEED_INTERVAL = "marsad.feeds.interval";
    public static final String FEED_MAX_BYTES = "marsad.feeds.max.bytes";
    public static final String FEED_MAX_ITEMS = "marsad.feeds.max.items";
    public static final String CONNECT_TIMEOUT = "marsad.feeds.connect.timeout";
    public static final String READ_TIMEOUT = "marsad.feeds.read.timeout";
    public static final String MAX_REDIRECTS = "marsad.feeds.max.redirects";
    public static final String BACKOFF_INITIAL = "marsad.feeds.backoff.initial";
    public static final String BACKOFF_MAX = "marsad.feeds.backoff.max";
    public static final String POLL_THREADS = "marsad.feeds.threads";
    public static final String USER_AGENT = "marsad.feeds.user.agent";
    public static final String FEED_RETRY_AFTER_MAX = "marsad.feeds.retry.after.max";
    public static final String HTTP_HOST = "marsad.ingest.http.host";
    public static final String HTTP_PORT = "marsad.ingest.http.port";
    public static final String HTTP_TOKEN = "marsad.ingest.http.token";
    public static final String HTTP_MAX_BYTES = "marsad.ingest.http.max.bytes";
    public static final String HTTP_TOKENS_FILE = "marsad.ingest.http.tokens.file";
    public static final String HTTP_IDLE_TIMEOUT = "marsad.ingest.http.idle.timeout";
    public static final String HTTP_HEADER_TIMEOUT = "marsad.ingest.http.header.timeout";
    public static final String HTTP_BODY_TIMEOUT = "marsad.ingest.http.body.timeout";
    public static final String HTTP_MAX_CONNECTIONS = "marsad.ingest.http.max.connections";
    public static final String HTTP_MAX_REQUESTS = "marsad.ingest.http.max.requests";
    public static final String HTTP_MAX_QUEUED = "marsad.ingest.http.max.queued";
    public static final String XML_MAX_DEPTH = "marsad.xml.max.depth";
    public static final String JSON_MAX_DEPTH = "marsad.json.max.depth";
    /** The JSON depth limit where no configuration reaches (a parser built before start-up). */
    public static final int JSON_MAX_DEPTH_DEFAULT = 32;
    public static final String FILE_MAX_DEAD_LETTERS = "marsad.ingest.file.max.dead.letters";
    public static final String SEEN_LOAD_TIMEOUT = "marsad.ingest.seen.load.timeout";

    public static final ConfigDef DEFINITION = new ConfigDef()
            .define(FEEDS_FILE, Type.STRING, "", Importance.HIGH,
                    "Feed list file (see docs/INGEST.md); empty polls no feeds.")
            .define(FEED_INTERVAL, Type.STRING, "5m", Durations.POSITIVE, Importance.MEDIUM,
                    "Default poll interval of a feed (30s, 5m, 1h or PT5M).")
            .define(FEED_MAX_BYTES, Type.LONG, 5_242_880L, Range.atLeast(1), Importance.LOW,
                    "Largest feed response body in bytes; larger responses fail the poll.")
            .define(FEED_MAX_ITEMS, Type.INT, 500, Range.between(1, 100_000), Importance.LOW,
                    "Most items taken from one poll of one feed.")
            .define(CONNECT_TIMEOUT, Type.STRING, "10s", Durations.POSITIVE, Importance.LOW,
                    "HTTP connect timeout for feeds.")
            .define(READ_TIMEOUT, Type.STRING, "30s", Durations.POSITIVE, Importance.LOW,
                    "HTTP timeout for a whole feed response, body included.")
            .define(MAX_REDIRECTS, Type.INT, 5, Range.between(0, 20), Importance.LOW,
                    "Most redirects followed for one feed request.")
            .define(BACKOFF_INITIAL, Type.STRING, "30s", Durations.POSITIVE, Importance.LOW,
                    "First wait after a failed poll; doubles per failure, with jitter.")
            .define(BACKOFF_MAX, Type.STRING, "1h", Durations.POSITIVE, Importance.LOW,
                    "Longest wait after repeated failed polls; not shorter than " + BACKOFF_INITIAL + ".")
            .define(POLL_THREADS, Type.INT, 4, Range.between(1, 256), Importance.MEDIUM,
                    "Threads polling feeds; a slow feed holds one thread only.")
            .define(USER_AGENT, Type.STRING, "Marsad/0.1 (Arabic news pipeline)", Importance.LOW,
                    "User-Agent header sent to feeds.")
            .define(FEED_RETRY_AFTER_MAX, Type.STRING, "6h", Durations.POSITIVE, Importance.LOW,
                    "Longest wait a feed's Retry-After (on 429/503) may impose before the next poll.")
            .define(HTTP_HOST, Type.STRING, "127.0.0.1", Importance.HIGH, "Address the push endpoint binds.")
            .define(HTTP_PORT, Type.INT, 8090, Range.between(0, 65_535), Importance.HIGH,
                    "Port of the push endpoint (0: any free port).")
            .define(HTTP_TOKEN, Type.PASSWORD, "", Importance.HIGH,
                    "Bearer token required by POST /articles; empty requires none.")
            .define(HTTP_MAX_BYTES, Type.LONG, 16_777_216L, Range.atLeast(1), Importance.LOW,
                    "Largest POST /articles body in bytes; larger bodies get 413.")
            .define(HTTP_TOKENS_FILE, Type.STRING, "", Importance.HIGH,
                    "Push tokens file (NAME SECRET [trustIds] [country=CC] a line, see docs/SECURITY.md); empty for"
                        + " none.")
            .define(HTTP_IDLE_TIMEOUT, Type.STRING, "10s", Durations.POSITIVE, Importance.LOW,
                    "Longest silence on an HTTP connection (reading headers, body, or between requests).")
            .define(HTTP_HEADER_TIMEOUT, Type.STRING, "10s", Durations.POSITIVE, Importance.LOW,
                    "Longest time from connecting to the end of the request headers.")
            .define(HTTP_BODY_TIMEOUT, Type.STRING, "30s", Durations.POSITIVE, Importance.LOW,
                    "Longest time to read a whole request body; slower ones get 408.")
            .define(HTTP_MAX_CONNECTIONS, Type.INT, 256, Range.between(1, 100_000), Importance.LOW,
                    "Open HTTP connections; more wait to be accepted.")
            .define(HTTP_MAX_REQUESTS, Type.INT, 4, Range.between(1, 1_000), Importance.LOW,
                    "POST /articles requests handled at once.")
            .define(HTTP_MAX_QUEUED, Type.INT, 16, Range.between(0, 100_000), Importance.LOW,
                    "POST /articles requests kept waiting; more get 503 with Retry-After.")
            .define(XML_MAX_DEPTH, Type.INT, 256, Range.between(8, 10_000), Importance.LOW,
                    "Deepest element nesting in a feed; a deeper feed is rejected, naming it.")
            .define(JSON_MAX_DEPTH, Type.INT, JSON_MAX_DEPTH_DEFAULT, Range.between(4, 1_000), Importance.LOW,
                    "Deepest object and array nesting in a JSON article; a deeper record is rejected, naming it.")
            .define(FILE_MAX_DEAD_LETTERS, Type.INT, 100, Range.between(0, 1_000_000), Importance.LOW,
                    "Most dead letters written for the rejected records of one file; the rest are counted and"
                        + " reported.")
            .define(SEEN_LOAD_TIMEOUT, Type.STRING, "2m", Durations.POSITIVE, Importance.LOW,
                    "Longest the start-up read of the seen-state topic may go without progress; a large topic takes"
                        + " as long as it needs while it moves.");

    private IngestKeys() {
    }

    /** What no single key's validator can see: the backoff may not shrink. */
    static void checkTogether(AbstractConfig parsed) {
        String max = parsed.getString(BACKOFF_MAX);
        if (Durations.parse(max).compareTo(Durations.parse(parsed.getString(BACKOFF_INITIAL))) < 0) {
            throw new ConfigException(BACKOFF_MAX, max, "shorter than " + BACKOFF_INITIAL);
        }
    }
}
