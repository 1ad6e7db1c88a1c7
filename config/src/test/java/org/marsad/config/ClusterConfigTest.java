package org.marsad.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterConfigTest {

    @Test
    void shouldDeriveRecordLimitAsTwiceTheArticleLimitPlusHeadroomWhenLimitIsSet() {
        ClusterConfig cluster = MarsadConfig.parse(Map.of(ClusterConfig.ARTICLE_MAX_BYTES_CONFIG, "100000")).cluster();
        assertEquals(100_000, cluster.articleMaxBytes());
        assertEquals(2 * 100_000 + 65_536, cluster.maxMessageBytes());
        assertEquals(cluster.maxMessageBytes(), ClusterConfig.maxMessageBytes(100_000));
    }

    @Test
    void shouldPutBootstrapServersOverPassThroughPropertiesWhenBuildingClientBase() {
        ClusterConfig cluster = MarsadConfig.parse(Map.of("marsad.kafka.security.protocol", "SSL",
                ClusterConfig.BOOTSTRAP_SERVERS_CONFIG, "a:1")).cluster();
        assertEquals(Map.of("bootstrap.servers", "a:1", "security.protocol", "SSL"), cluster.clientBase());
    }
}
