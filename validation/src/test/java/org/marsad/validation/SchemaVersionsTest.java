package org.marsad.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.model.EnrichedArticle;
import org.marsad.model.IndexDocument;
import org.marsad.model.RawArticle;

class SchemaVersionsTest {

    @Test
    void shouldAcceptVersionsOneAndTwoOfEveryRecord() {
        for (int current : new int[] {RawArticle.SCHEMA_VERSION, EnrichedArticle.SCHEMA_VERSION,
                IndexDocument.SCHEMA_VERSION}) {
            assertEquals(2, current);
            assertEquals(Optional.empty(), SchemaVersions.check(1, current));
            assertEquals(Optional.empty(), SchemaVersions.check(2, current));
        }
    }

    @Test
    void shouldRefuseWithReasonWhenVersionIsNewerOrBelowOne() {
        assertEquals(Optional.of(new Violation("schemaVersion", "unsupported version 3 (readers take 1 to 2)")),
                SchemaVersions.check(3, 2));
        assertEquals("Invalid field 'schemaVersion': unsupported version 0 (readers take 1 to 2)",
                SchemaVersions.check(0, 2).orElseThrow().message());
    }

    @Test
    void shouldAcceptVersionOneRawArticleWhenCurrentIsTwo() {
        RawArticle v1 = new RawArticle(1, "a-1", null, "مصدر", null, "عنوان قديم", "نص", "ar", null,
                Instant.parse("2026-01-01T00:00:00Z"), null, List.of(), null);
        assertEquals(List.of(), ArticleValidation.validate(v1));
    }
}
