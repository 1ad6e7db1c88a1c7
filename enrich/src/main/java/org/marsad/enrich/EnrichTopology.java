package org.marsad.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.marsad.model.Topics;

/**
 * The enrich stage: raw articles in, enriched articles out, rejects to the dead-letter topic.
 *
 * <ul>
 *   <li>in: {@code marsad.articles.raw}, key article id (String), value RawArticle JSON</li>
 *   <li>out: {@code marsad.articles.enriched}, key article id, value EnrichedArticle JSON (null for a
 *       takedown, with the raw position in headers)</li>
 *   <li>out: {@code marsad.articles.dlq}, key article id, value the raw bytes unchanged, reason headers</li>
 * </ul>
 * Stateless, so no repartition and no changelog: the key is already the article id.
 */
public final class EnrichTopology {

    static final String SOURCE = "raw-source";
    static final String ENRICH = "enrich";
    static final String SPLIT = "outcome-";
    static final String REJECTED = "rejected";
    static final String ENRICHED = "enriched";

    private final ArticleEnricher enricher;
    private final int articleMaxBytes;
    private final IngestWindow window;
    private final MeterRegistry registry;

    /** The live enrich topology: every raw record; its meters go to {@code registry}. */
    public EnrichTopology(ArticleEnricher enricher, int articleMaxBytes, MeterRegistry registry) {
        this(enricher, articleMaxBytes, IngestWindow.ALL, registry);
    }

    /** A replay topology: only raw records whose ingest time falls in {@code window}. */
    public EnrichTopology(ArticleEnricher enricher, int articleMaxBytes, IngestWindow window, MeterRegistry registry) {
        this.enricher = enricher;
        this.articleMaxBytes = articleMaxBytes;
        this.window = window;
        this.registry = registry;
    }

    public Topology build() {
        StreamsBuilder builder = new StreamsBuilder();
        ArticleValidator validator = new ArticleValidator(articleMaxBytes);
        EnrichMeters meters = new EnrichMeters(registry);
        builder.stream(Topics.RAW, Consumed.with(Topics.KEY_SERDE, new ReceivedArticleSerde()).withName(SOURCE))
                .processValues(() -> new EnrichProcessor(enricher, validator, window, meters), Named.as(ENRICH))
                .split(Named.as(SPLIT))
                .branch((id, outcome) -> outcome.isRejected(), Branched.withConsumer(this::toDeadLetters, REJECTED))
                .defaultBranch(Branched.withConsumer(this::toEnriched, ENRICHED));
        return builder.build();
    }

    private void toDeadLetters(KStream<String, EnrichOutcome> rejected) {
        rejected.mapValues(EnrichOutcome::rejectedBytes, Named.as("rejected-bytes"))
                .to(Topics.DLQ, Produced.with(Topics.KEY_SERDE, Serdes.ByteArray()).withName("dlq-sink"));
    }

    private void toEnriched(KStream<String, EnrichOutcome> enriched) {
        enriched.mapValues(EnrichOutcome::enriched, Named.as("enriched-value"))
                .to(Topics.ENRICHED, Produced.with(Topics.KEY_SERDE, Topics.ENRICHED_SERDE).withName("enriched-sink"));
    }
}
