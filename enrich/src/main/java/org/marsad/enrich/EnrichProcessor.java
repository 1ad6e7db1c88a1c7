package org.marsad.enrich;

import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.marsad.model.DeadLetterHeaders;
import org.marsad.model.EnrichedArticle;
import org.marsad.model.RawPositionHeaders;
import org.marsad.model.Topics;
import org.slf4j.MDC;

/**
 * Validates and enriches each raw record, stamping where it came from; needs the Processor API only for
 * the record's partition and offset and for the stream-time clock.
 */
final class EnrichProcessor implements FixedKeyProcessor<String, ReceivedArticle, EnrichOutcome> {

    static final String STAGE = "enrich";
    /** The MDC key under which log lines name the article being worked on. */
    static final String LOG_ARTICLE = "article";

    private final ArticleEnricher enricher;
    private final ArticleValidator validator;
    private final IngestWindow window;
    private final EnrichMeters meters;
    private FixedKeyProcessorContext<String, EnrichOutcome> context;

    EnrichProcessor(ArticleEnricher enricher, ArticleValidator validator, IngestWindow window, EnrichMeters meters) {
        this.enricher = enricher;
        this.validator = validator;
        this.window = window;
        this.meters = meters;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichOutcome> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, ReceivedArticle> record) {
        if (!window.contains(record.timestamp())) {
            return;
        }
        RecordMetadata source = context.recordMetadata().orElseThrow();
        if (record.value() == null) {
            RawPositionHeaders.add(record.headers(), source.partition(), source.offset());
            context.forward(record.withValue(EnrichOutcome.tombstone()));
            meters.takedown();
            return;
        }
        Optional<Rejection> rejection = validator.rejection(record.key(), record.value());
        if (rejection.isPresent()) {
            String reason = rejection.get().message();
            DeadLetterHeaders.add(record.headers(), STAGE, reason, IllegalArgumentException.class.getName(),
                    source.topic() == null ? Topics.RAW : source.topic(), source.partition(), source.offset());
            context.forward(record.withValue(EnrichOutcome.rejected(record.value().bytes(), reason)));
            meters.rejected(rejection.get());
            return;
        }
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        long started = System.nanoTime();
        EnrichedArticle enriched;
        // Whatever the tagger logs names the article (a JSON log line carries it as mdc.article).
        try (MDC.MDCCloseable article = MDC.putCloseable(LOG_ARTICLE, record.key())) {
            enriched = enricher.enrich(record.value().article(), now, source.partition(), source.offset());
        }
        meters.enriched(enriched, System.nanoTime() - started);
        context.forward(record.withValue(EnrichOutcome.enriched(enriched)));
    }
}
