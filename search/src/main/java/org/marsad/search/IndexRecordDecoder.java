package org.marsad.search;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.marsad.model.IndexDocument;
import org.marsad.model.Topics;
import org.marsad.validation.IndexDocumentValidation;
import org.marsad.validation.Violation;

/**
 * Reads one index-topic record (key and value bytes) as an {@link IndexDocument}, a takedown, or a rejection with
 * the reason the feeder dead-letters: bytes that are not an IndexDocument, a document breaking
 * {@link IndexDocumentValidation} (a schema version newer than this reader, a bad id or number), or a key that
 * is not the document's id (compaction keys by it, so such a record would shadow another article).
 */
final class IndexRecordDecoder {

    private final Deserializer<IndexDocument> deserializer = Topics.INDEX_SERDE.deserializer();

    /** What one record turned out to be: {@code rejection} null means {@code document} (null: takedown). */
    record Decoded(IndexDocument document, String rejection, String exception) {

        static Decoded accepted(IndexDocument document) {
            return new Decoded(document, null, null);
        }

        static Decoded rejected(String reason, Class<? extends Exception> exception) {
            return new Decoded(null, reason, exception.getName());
        }

        boolean isRejected() {
            return rejection != null;
        }
    }

    Decoded decode(String key, byte[] value) {
        if (key == null) {
            return Decoded.rejected("record key missing (the index topic is keyed by article id)",
                    IllegalArgumentException.class);
        }
        if (value == null) {
            return Decoded.accepted(null);
        }
        IndexDocument doc;
        try {
            doc = deserializer.deserialize(Topics.INDEX, value);
        } catch (SerializationException e) {
            return Decoded.rejected(e.getMessage(), SerializationException.class);
        }
        if (doc == null) {
            // The JSON literal null: no document, and not the tombstone a takedown is.
            return Decoded.rejected("Cannot read IndexDocument from topic " + Topics.INDEX + ": JSON null",
                    SerializationException.class);
        }
        List<Violation> violations = IndexDocumentValidation.validate(doc);
        if (!violations.isEmpty()) {
            return Decoded.rejected(violations.stream().map(Violation::message).collect(Collectors.joining("; ")),
                    IllegalArgumentException.class);
        }
        if (!Objects.equals(key, doc.id())) {
            return Decoded.rejected("record key " + key + " does not match field id " + doc.id(),
                    IllegalArgumentException.class);
        }
        return Decoded.accepted(doc);
    }
}
