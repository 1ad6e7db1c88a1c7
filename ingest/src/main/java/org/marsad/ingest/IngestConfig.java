package org.marsad.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.marsad.config.ClusterConfig;
import org.marsad.config.ConfigArea;
import org.marsad.config.Durations;
import org.marsad.config.IngestKeys;
import org.marsad.config.MarsadConfig;
import org.marsad.http.HttpLimits;

/**
 * The ingest stage's settings, taken from the configuration the CLI parsed once ({@link MarsadConfig}); each
 * key is declared once, with its default, validator and description, in {@link IngestKeys}.
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

    /** Defaults only; what tests and the dry run start from. */
    public static IngestConfig defaults() {
        return from(MarsadConfig.parse(Map.of()));
    }

    /** The ingest settings of a parsed configuration; the keys are declared in {@link IngestKeys}. */
    public static IngestConfig from(MarsadConfig config) {
        AbstractConfig values = config.area(ConfigArea.INGEST);
        ClusterConfig cluster = config.cluster();
        return new IngestConfig(cluster.bootstrapServers(), pathOrNull(values.getString(IngestKeys.FEEDS_FILE)),
                duration(values, IngestKeys.FEED_INTERVAL), values.getLong(IngestKeys.FEED_MAX_BYTES),
                values.getInt(IngestKeys.FEED_MAX_ITEMS), duration(values, IngestKeys.CONNECT_TIMEOUT),
                duration(values, IngestKeys.READ_TIMEOUT), values.getInt(IngestKeys.MAX_REDIRECTS),
                duration(values, IngestKeys.BACKOFF_INITIAL), duration(values, IngestKeys.BACKOFF_MAX),
                values.getInt(IngestKeys.POLL_THREADS), values.getString(IngestKeys.USER_AGENT),
                cluster.articleMaxBytes(), values.getString(IngestKeys.HTTP_HOST),
                values.getInt(IngestKeys.HTTP_PORT), values.getPassword(IngestKeys.HTTP_TOKEN).value(),
                values.getLong(IngestKeys.HTTP_MAX_BYTES), httpLimits(values),
                pathOrNull(values.getString(IngestKeys.HTTP_TOKENS_FILE)),
                duration(values, IngestKeys.FEED_RETRY_AFTER_MAX),
                values.getInt(IngestKeys.XML_MAX_DEPTH), values.getInt(IngestKeys.JSON_MAX_DEPTH),
                values.getInt(IngestKeys.FILE_MAX_DEAD_LETTERS), duration(values, IngestKeys.SEEN_LOAD_TIMEOUT));
    }

    private static HttpLimits httpLimits(AbstractConfig values) {
        return new HttpLimits(duration(values, IngestKeys.HTTP_IDLE_TIMEOUT),
                duration(values, IngestKeys.HTTP_HEADER_TIMEOUT), duration(values, IngestKeys.HTTP_BODY_TIMEOUT), values.getInt(IngestKeys.HTTP_MAX_CONNECTIONS),
                values.getInt(IngestKeys.HTTP_MAX_REQUESTS), values.getInt(IngestKeys.HTTP_MAX_QUEUED),
                HttpLimits.defaults().retryAfter());
    }

    private static Duration duration(AbstractConfig values, String key) {
        return Durations.parse(values.getString(key));
    }

    private static Path pathOrNull(String path) {
        return path.isEmpty() ? null : Path.of(path);
    }

    /** Parses {@code 250ms}, {@code 30s}, {@code 5m}, {@code 1h} or ISO-8601 {@code PT5M}. */
    public static Duration parseDuration(String text) {
        return Durations.parse(text);
    }

    /** A copy with another bootstrap address; tests and the CLI's embedded broker use it. */
    public IngestConfig withBootstrapServers(String servers) {
        return new IngestConfig(servers, feedsFile, feedInterval, feedMaxBytes, feedMaxItems, connectTimeout,
                readTimeout, maxRedirects, backoffInitial, backoffMax, pollThreads, userAgent, articleMaxBytes,
                httpHost, httpPort, httpToken, httpMaxBytes, httpLimits, httpTokensFile, retryAfterMax,
                xmlMaxDepth, jsonMaxDepth, fileMaxDeadLetters, seenLoadTimeout);
    }
}
