package org.marsad.replay;

import java.util.List;
import java.util.Objects;

/**
 * One raw record as the archive file keeps it: key, ingest timestamp, value bytes exactly as stored (null
 * for a takedown tombstone) and headers.
 *
 * @param key the article id (null only if a producer wrote no key)
 * @param timestamp the record timestamp, the ingest time
 * @param value the stored bytes, unchanged; null for a tombstone
 * @param headers record headers in order
 */
public record ArchiveRecord(String key, long timestamp, byte[] value, List<Header> headers) {

    public ArchiveRecord {
        headers = List.copyOf(headers);
    }

    /**
     * One record header.
     *
     * @param key header name
     * @param value header bytes, may be null
     */
    public record Header(String key, byte[] value) {

        public Header {
            Objects.requireNonNull(key, "header key");
        }
    }
}
