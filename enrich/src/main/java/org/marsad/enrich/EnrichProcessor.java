package org.marsad.enrich;

import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.marsad.model.DeadLetterHeaders;
import org.marsad.model.RawPositionHeaders;
import org.marsad.model.Topics;

/**
 * Validates and enriches each raw record, stamping where it came from; needs the Processor API only for
 * the record's partition and offset and for the stream-time clock.
 */
final class EnrichProcessor implements FixedKeyProcessor<String, ReceivedArticle, EnrichOutcome> {

    static final String STAGE = "enrich";

    private final ArticleEnricher enricher;
    private final ArticleValidator validator;
    private FixedKeyProcessorContext<String, EnrichOutcome> context;

    EnrichProcessor(ArticleEnricher enricher, ArticleValidator validator) {
        this.enricher = enricher;
        this.validator = validator;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichOutcome> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, ReceivedArticle> record) {
        RecordMetadata source = context.recordMetadata().orElseThrow();
        if (record.value() == null) {
            RawPositionHeaders.add(record.headers(), source.partition(), source.offset());
            context.forward(record.withValue(EnrichOutcome.tombstone()));
            return;
        }
        Optional<String> rejection = validator.rejection(record.key(), record.value());
        if (rejection.isPresent()) {
            DeadLetterHeaders.add(record.headers(), STAGE, rejection.get(), IllegalArgumentException.class.getName(),
                    source.topic() == null ? Topics.RAW : source.topic(), source.partition(), source.offset());
            context.forward(record.withValue(EnrichOutcome.rejected(record.value().bytes(), rejection.get())));
            return;
        }
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        context.forward(record.withValue(EnrichOutcome.enriched(
                enricher.enrich(record.value().article(), now, source.partition(), source.offset()))));
    }
}
