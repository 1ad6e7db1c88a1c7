package org.marsad.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.marsad.model.IndexDocument;
import org.marsad.model.Topics;
import org.marsad.search.IndexRecordDecoder.Decoded;

class IndexRecordDecoderTest {

    private final IndexRecordDecoder decoder = new IndexRecordDecoder();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String minimal(int version, String id) {
        return "{\"schemaVersion\": " + version + ", \"id\": \"" + id + "\", \"rawPartition\": 0, \"rawOffset\": 0}";
    }

    private Decoded decode(String key, String json) {
        return decoder.decode(key, json == null ? null : utf8(json));
    }

    @Test
    void shouldAcceptDocumentWhenKeyMatchesId() {
        IndexDocument doc = Articles.openAiDeal();
        Decoded decoded = decoder.decode("a1", Topics.INDEX_SERDE.serializer().serialize(Topics.INDEX, doc));
        assertFalse(decoded.isRejected());
        assertEquals(doc, decoded.document());
    }

    @Test
    void shouldReadTakedownWhenValueIsNull() {
        Decoded decoded = decode("a1", null);
        assertFalse(decoded.isRejected());
        assertNull(decoded.document());
    }

    @Test
    void shouldRejectWhenBytesAreNotJson() {
        Decoded decoded = decode("a1", "{not json");
        assertTrue(decoded.rejection().startsWith("Cannot read IndexDocument JSON from topic " + Topics.INDEX),
                decoded.rejection());
        assertEquals("org.apache.kafka.common.errors.SerializationException", decoded.exception());
    }

    @Test
    void shouldRejectWhenJsonHasTheWrongShape() {
        assertTrue(decode("a1", "[1, 2, 3]").isRejected());
        assertTrue(decode("a1", "null").isRejected());
        assertTrue(decode("a1", "{\"title\": \"عنوان\"}").rejection().contains("IndexDocument[\"schemaVersion\"]"));
        assertEquals("Invalid field 'id': missing or blank",
                decode("a1", "{\"schemaVersion\": 1, \"rawPartition\": 0, \"rawOffset\": 0}").rejection());
    }

    @Test
    void shouldRejectWhenSchemaVersionIsNewerThanThisReader() {
        int newer = IndexDocument.SCHEMA_VERSION + 1;
        assertEquals("Invalid field 'schemaVersion': unsupported version " + newer + " (readers take 1 to "
                + IndexDocument.SCHEMA_VERSION + ")",
                decode("a1", minimal(newer, "a1")).rejection());
    }

    @Test
    void shouldRejectWhenKeyDoesNotMatchIdOrIsMissing() {
        assertEquals("record key b9 does not match field id a1",
                decode("b9", minimal(1, "a1")).rejection());
        assertTrue(decode(null, null).isRejected());
    }
}
