package org.marsad.ingest.feed;

/**
 * What a server said to make the next GET conditional.
 *
 * @param etag the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 */
public record CacheValidators(String etag, String lastModified) {

    public static final CacheValidators NONE = new CacheValidators(null, null);
}
