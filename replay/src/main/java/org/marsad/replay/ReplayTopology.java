package org.marsad.replay;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.marsad.enrich.ArticleEnricher;
import org.marsad.enrich.EnrichTopology;
import org.marsad.enrich.IngestWindow;
import org.marsad.model.EnrichedArticle;

/**
 * The enrich topology restricted to an ingest window, plus a counting tap on its enriched branch so the
 * summary can say how many articles were re-enriched. The tap has no output and no state.
 */
public final class ReplayTopology {

    /** The enrich topology's node that emits the enriched value; the tap hangs off it. */
    static final String ENRICHED_VALUE_NODE = "enriched-value";
    static final String COUNTER_NODE = "replay-counter";

    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong takedowns = new AtomicLong();

    /** Builds the replay topology; one instance counts for one replay. */
    public Topology build(ArticleEnricher enricher, int articleMaxBytes, IngestWindow window) {
        // A replay is a batch command without an operations port: its progress is what the tap below counts.
        Topology topology = new EnrichTopology(enricher, articleMaxBytes, window, new SimpleMeterRegistry()).build();
        topology.addProcessor(COUNTER_NODE, () -> (Processor<String, EnrichedArticle, Void, Void>) record -> {
            if (record.value() == null) {
                takedowns.incrementAndGet();
            } else {
                articles.incrementAndGet();
            }
        }, ENRICHED_VALUE_NODE);
        return topology;
    }

    /**
     * Articles written to the enriched topic so far. A task retried after an aborted transaction counts its
     * records again, so this can exceed the committed count after a failure; it is a progress figure.
     */
    public long articles() {
        return articles.get();
    }

    /** Takedown tombstones passed on so far, counted like {@link #articles()}. */
    public long takedowns() {
        return takedowns.get();
    }
}
