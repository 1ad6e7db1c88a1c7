package org.marsad.config;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * Settings every stage shares: where the cluster is, how Marsad's topics are laid out, the one article
 * size limit, and pass-through Kafka client properties ({@code marsad.kafka.<client key>}) for TLS and
 * SASL clusters.
 *
 * @param bootstrapServers {@code bootstrap.servers} for every client
 * @param partitions partitions of topics Marsad creates
 * @param replicationFactor replication factor of topics Marsad creates
 * @param articleMaxBytes largest article accepted, in bytes; topic and producer limits derive from it
 * @param clientProperties extra Kafka client properties given to every producer, consumer and admin
 * @param connectTimeout how long a command waits at start for the broker to answer before it gives up
 */
public record ClusterConfig(
        String bootstrapServers,
        int partitions,
        short replicationFactor,
        int articleMaxBytes,
        Map<String, Object> clientProperties,
        Duration connectTimeout) {

    public static final String BOOTSTRAP_SERVERS_CONFIG = "marsad.bootstrap.servers";
    static final String BOOTSTRAP_SERVERS_DOC = "Kafka bootstrap servers (host:port,...).";
    public static final String PARTITIONS_CONFIG = "marsad.topic.partitions";
    static final String PARTITIONS_DOC = "Partitions for the topics Marsad creates when they are missing.";
    public static final String REPLICATION_CONFIG = "marsad.topic.replication.factor";
    static final String REPLICATION_DOC = "Replication factor for the topics Marsad creates; use 3 in production.";
    public static final String ARTICLE_MAX_BYTES_CONFIG = "marsad.article.max.bytes";
    static final String ARTICLE_MAX_BYTES_DOC = "Largest accepted article (UTF-8 JSON) in bytes; producer "
            + "max.request.size and the topics' max.message.bytes are derived from it.";
    public static final String CONNECT_TIMEOUT_CONFIG = "marsad.cluster.connect.timeout";
    static final String CONNECT_TIMEOUT_DOC = "How long a command waits at start for the Kafka cluster to answer "
            + "before it exits 1 naming the address; a running service that loses the broker keeps retrying.";
    /** Prefix of pass-through Kafka client properties: {@code marsad.kafka.security.protocol=SSL}. */
    public static final String KAFKA_PREFIX = "marsad.kafka.";

    public static final ConfigDef DEFINITION = new ConfigDef()
            .define(BOOTSTRAP_SERVERS_CONFIG, Type.STRING, "127.0.0.1:9092", Importance.HIGH, BOOTSTRAP_SERVERS_DOC)
            .define(PARTITIONS_CONFIG, Type.INT, 3, Range.atLeast(1), Importance.MEDIUM, PARTITIONS_DOC)
            .define(REPLICATION_CONFIG, Type.SHORT, (short) 1, Range.between(1, 32), Importance.MEDIUM, REPLICATION_DOC)
            .define(ARTICLE_MAX_BYTES_CONFIG, Type.INT, 2 * 1024 * 1024, Range.between(1024, 64 * 1024 * 1024),
                    Importance.MEDIUM, ARTICLE_MAX_BYTES_DOC)
            .define(CONNECT_TIMEOUT_CONFIG, Type.STRING, "15s", Durations.POSITIVE, Importance.MEDIUM,
                    CONNECT_TIMEOUT_DOC);

    public ClusterConfig {
        clientProperties = Map.copyOf(clientProperties);
        Objects.requireNonNull(connectTimeout, "connectTimeout");
    }

    /** The typed settings of values {@link MarsadConfig} parsed, plus the pass-through client properties. */
    static ClusterConfig from(AbstractConfig parsed, Map<String, Object> client) {
        return new ClusterConfig(
                parsed.getString(BOOTSTRAP_SERVERS_CONFIG),
                parsed.getInt(PARTITIONS_CONFIG),
                parsed.getShort(REPLICATION_CONFIG),
                parsed.getInt(ARTICLE_MAX_BYTES_CONFIG),
                client,
                Durations.parse(parsed.getString(CONNECT_TIMEOUT_CONFIG)));
    }

    /** A copy pointing at other bootstrap servers (the embedded broker's, say). */
    public ClusterConfig withBootstrapServers(String servers) {
        return new ClusterConfig(servers, partitions, replicationFactor, articleMaxBytes, clientProperties,
                connectTimeout);
    }

    /** {@link #maxMessageBytes(int)} of this configuration's article limit. */
    public int maxMessageBytes() {
        return maxMessageBytes(articleMaxBytes);
    }

    /**
     * The one derivation of every record size limit from the article limit: topics' {@code max.message.bytes},
     * every producer's {@code max.request.size} (ingest's included), consumers' fetch sizes. An enriched record
     * carries the article plus its mentions, so twice the article limit, plus 64 KiB for headers and batch
     * framing. The article limit itself is enforced before a record is sent (ingest, enrich, archive import);
     * this only keeps the wire from refusing a record the rules accepted. See docs/ARCHITECTURE.md.
     */
    public static int maxMessageBytes(int articleMaxBytes) {
        return 2 * articleMaxBytes + 64 * 1024;
    }

    /** Base properties for any Kafka client: bootstrap servers plus the pass-through properties. */
    public Map<String, Object> clientBase() {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put("bootstrap.servers", bootstrapServers);
        return props;
    }
}
