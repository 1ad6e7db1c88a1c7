package org.marsad.ingest.feed;

/**
 * The outcome of one conditional GET of a feed.
 *
 * @param notModified true for a 304: nothing to parse
 * @param body the response body, null when not modified
 * @param contentType the Content-Type header, or null
 * @param validators the ETag and Last-Modified to send next time
 */
public record FetchResult(boolean notModified, byte[] body, String contentType, CacheValidators validators) {

    static FetchResult notModified(CacheValidators validators) {
        return new FetchResult(true, null, null, validators);
    }
}
