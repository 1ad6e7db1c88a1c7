package org.marsad.ingest;

/**
 * What an ingest run did so far.
 *
 * @param written articles written to the raw topic (or printed, in a dry run)
 * @param unchanged articles already seen with the same content, not written again
 * @param rejected inputs rejected (invalid, unreadable, over a limit)
 * @param failed writes the broker did not acknowledge
 */
public record IngestCounts(long written, long unchanged, long rejected, long failed) {

    /** The counts since {@code earlier}. */
    public IngestCounts minus(IngestCounts earlier) {
        return new IngestCounts(written - earlier.written, unchanged - earlier.unchanged,
                rejected - earlier.rejected, failed - earlier.failed);
    }
}
