package org.marsad.ingest.feed;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One feed to poll, as listed in the feed list file.
 *
 * @param location http(s) URL or file path of the feed
 * @param name source name for its articles, or null to use the feed's own title
 * @param interval time between the end of one poll and the start of the next
 * @param trusted whether a DOCTYPE is allowed (Netscape RSS 0.91; external entities stay unresolved) and
 *     internal addresses may be fetched ({@link AddressPolicy})
 */
public record FeedSpec(String location, String name, Duration interval, boolean trusted) {

    public FeedSpec {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(interval, "interval");
    }

    /** Whether the feed is fetched over HTTP rather than read from a file. */
    public boolean isHttp() {
        String lower = location.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
