package org.marsad.ingest;

import java.util.concurrent.atomic.LongAdder;

/**
 * Running counts of a long import or export ({@code marsad ingest PATH}, {@code marsad archive export|import},
 * #17), read by a progress line while the work goes on. Thread-safe: workers add, a reporter reads.
 */
public final class ImportProgress {

    private final LongAdder files = new LongAdder();
    private final LongAdder lines = new LongAdder();
    private final LongAdder records = new LongAdder();
    private final LongAdder rejected = new LongAdder();

    /**
     * One reading of the counts.
     *
     * @param files files read so far
     * @param lines JSON lines read so far
     * @param records articles (or archive records) written so far
     * @param rejected inputs rejected so far
     */
    public record Snapshot(long files, long lines, long records, long rejected) {
    }

    public void file() {
        files.increment();
    }

    public void lines(long count) {
        lines.add(count);
    }

    public void records(long count) {
        records.add(count);
    }

    public void rejected(long count) {
        rejected.add(count);
    }

    public Snapshot snapshot() {
        return new Snapshot(files.sum(), lines.sum(), records.sum(), rejected.sum());
    }
}
