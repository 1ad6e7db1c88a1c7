package org.marsad.sink;

import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.marsad.model.EnrichedArticle;
import org.marsad.model.IndexDocument;
import org.marsad.model.RawPositionHeaders;
import org.marsad.validation.SchemaVersions;

/**
 * Applies an enriched record to the index only when it is newer than what the index holds for that id
 * ({@link IndexPosition#isSupersededBy}); compaction alone cannot do this, because the last write wins and
 * a replayed copy of old content would overwrite newer live content. A record of a schema version newer than
 * this build throws, so the stage's processing handler dead-letters it with the reason instead of indexing
 * fields it cannot tell.
 */
final class IndexUpdateProcessor implements Processor<String, EnrichedArticle, String, IndexDocument> {

    private final String storeName;
    private final SinkMeters meters;
    private ProcessorContext<String, IndexDocument> context;
    private KeyValueStore<String, IndexPosition> positions;

    IndexUpdateProcessor(String storeName, SinkMeters meters) {
        this.storeName = storeName;
        this.meters = meters;
    }

    @Override
    public void init(ProcessorContext<String, IndexDocument> context) {
        this.context = context;
        this.positions = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() != null) {
            SchemaVersions.check(record.value().schemaVersion(), EnrichedArticle.SCHEMA_VERSION).ifPresent(v -> {
                throw new IllegalArgumentException("enriched record " + record.key() + ": " + v.message());
            });
        }
        IndexPosition incoming = record.value() == null
                ? takedownPosition(record.headers())
                : new IndexPosition(record.value().rawPartition(), record.value().rawOffset(),
                        record.value().enrichedAt(), false);
        if (incoming == null) {
            return;
        }
        IndexPosition stored = positions.get(record.key());
        if (stored != null && !stored.isSupersededBy(incoming)) {
            meters.count(SinkMeters.Outcome.IGNORED_OLDER);
            return;
        }
        positions.put(record.key(), incoming);
        IndexDocument document = record.value() == null ? null : IndexDocumentMapper.from(record.value());
        context.forward(new Record<>(record.key(), document, record.timestamp()));
        meters.count(document == null ? SinkMeters.Outcome.TOMBSTONE
                : stored == null || stored.deleted() ? SinkMeters.Outcome.WRITTEN : SinkMeters.Outcome.REPLACED);
        if (document != null) {
            meters.ingestToIndex(record.timestamp(), context.currentSystemTimeMs());
        }
    }

    /** A tombstone without the raw position headers cannot be ordered, so it is ignored rather than guessed. */
    private static IndexPosition takedownPosition(Headers headers) {
        Long partition = RawPositionHeaders.get(headers, RawPositionHeaders.PARTITION);
        Long offset = RawPositionHeaders.get(headers, RawPositionHeaders.OFFSET);
        if (partition == null || offset == null) {
            return null;
        }
        return new IndexPosition(partition.intValue(), offset, Instant.EPOCH, true);
    }
}
