package org.marsad.ingest.feed;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.marsad.model.CountryCodes;

/**
 * One feed to poll, as listed in the feed list file.
 *
 * @param location http(s) URL or file path of the feed
 * @param name source name for its articles, or null to use the feed's own title
 * @param interval time between the end of one poll and the start of the next
 * @param trusted whether a DOCTYPE is allowed (Netscape RSS 0.91; external entities stay unresolved) and
 *     internal addresses may be fetched ({@link AddressPolicy})
 * @param sourceCountry ISO 3166-1 alpha-2 code of the publisher's country for its articles, or null
 * @param headers request headers the feed asks for (values never logged), {@link FeedHeaders#NONE} when none
 */
public record FeedSpec(String location, String name, Duration interval, boolean trusted, String sourceCountry,
        FeedHeaders headers) {

    public FeedSpec {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(interval, "interval");
        sourceCountry = CountryCodes.checked(sourceCountry, "country of feed " + location);
        headers = headers == null ? FeedHeaders.NONE : headers;
    }

    /** A feed that sends no headers of its own. */
    public FeedSpec(String location, String name, Duration interval, boolean trusted, String sourceCountry) {
        this(location, name, interval, trusted, sourceCountry, FeedHeaders.NONE);
    }

    /** A feed whose publisher's country is not given. */
    public FeedSpec(String location, String name, Duration interval, boolean trusted) {
        this(location, name, interval, trusted, null);
    }

    /** Whether the feed is fetched over HTTP rather than read from a file. */
    public boolean isHttp() {
        String lower = location.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
