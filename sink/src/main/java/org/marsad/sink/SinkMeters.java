package org.marsad.sink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The sink stage's own meters (docs/OPERATIONS.md lists them): what happened to each enriched record, and how long
 * an article took from ingest (the raw record's timestamp, which enrich and sink carry forward) to the index write.
 */
final class SinkMeters {

    static final String UPDATES = "marsad.sink.updates";
    static final String INGEST_TO_INDEX = "marsad.pipeline.ingest.to.index";

    /** What the sink did with one enriched record; the tag values of {@code marsad_sink_updates_total}. */
    enum Outcome {
        /** a document for an id the index did not hold */
        WRITTEN,
        /** a newer document (newer content or a re-enrichment) replaced the current one */
        REPLACED,
        /** an older copy (a replay of older content) was not applied */
        IGNORED_OLDER,
        /** a takedown removed the document */
        TOMBSTONE
    }

    private final Counter written;
    private final Counter replaced;
    private final Counter ignoredOlder;
    private final Counter tombstones;
    private final Timer ingestToIndex;

    SinkMeters(MeterRegistry registry) {
        this.written = updates(registry, Outcome.WRITTEN);
        this.replaced = updates(registry, Outcome.REPLACED);
        this.ignoredOlder = updates(registry, Outcome.IGNORED_OLDER);
        this.tombstones = updates(registry, Outcome.TOMBSTONE);
        this.ingestToIndex = Timer.builder(INGEST_TO_INDEX)
                .description("Time from an article's ingest (raw record timestamp) to its index document write")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
    }

    void count(Outcome outcome) {
        switch (outcome) {
            case WRITTEN -> written.increment();
            case REPLACED -> replaced.increment();
            case IGNORED_OLDER -> ignoredOlder.increment();
            case TOMBSTONE -> tombstones.increment();
        }
    }

    /** Live latency only: a replayed record's ingest time is old, so replays would drown the figure. */
    void ingestToIndex(long ingestMillis, long nowMillis) {
        if (ingestMillis > 0 && nowMillis >= ingestMillis) {
            ingestToIndex.record(Duration.ofMillis(nowMillis - ingestMillis));
        }
    }

    private static Counter updates(MeterRegistry registry, Outcome outcome) {
        return Counter.builder(UPDATES)
                .description("Enriched records applied to the index, by outcome")
                .tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
                .register(registry);
    }
}
