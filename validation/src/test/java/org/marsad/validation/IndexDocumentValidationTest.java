package org.marsad.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.IndexDocument;
import org.marsad.model.IndexDocument.AmountFacet;
import org.marsad.model.IndexDocument.PercentFacet;

class IndexDocumentValidationTest {

    private static IndexDocument doc(int version, String id, List<AmountFacet> amounts, List<PercentFacet> pcts) {
        return new IndexDocument(version, id, null, "test", "عنوان تجريبي", "نص", "ar", List.of(), null,
                Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-01T00:01:00Z"), "t", List.of(),
                List.of(), List.of(), List.of(), amounts, List.of(), 0, 0L, null, null, pcts);
    }

    private static List<String> messages(IndexDocument doc) {
        return IndexDocumentValidation.validate(doc).stream().map(Violation::message).toList();
    }

    @Test
    void shouldAcceptEveryVersionFromOneToCurrent() {
        for (int v = 1; v <= IndexDocument.SCHEMA_VERSION; v++) {
            assertEquals(List.of(), messages(doc(v, "a1", List.of(), List.of())), "version " + v);
        }
    }

    @Test
    void shouldRejectWhenSchemaVersionIsNewerOrZero() {
        int newer = IndexDocument.SCHEMA_VERSION + 1;
        assertEquals(List.of("Invalid field 'schemaVersion': unsupported version " + newer + " (readers take 1 to "
                + IndexDocument.SCHEMA_VERSION + ")"), messages(doc(newer, "a1", List.of(), List.of())));
        assertEquals(1, messages(doc(0, "a1", List.of(), List.of())).size());
    }

    @Test
    void shouldRejectWhenIdIsMissingOrMalformed() {
        assertEquals(List.of("Invalid field 'id': missing or blank"), messages(doc(1, null, List.of(), List.of())));
        assertEquals(1, messages(doc(1, "a b/c", List.of(), List.of())).size());
    }

    @Test
    void shouldRejectWhenAnAmountOrPercentageIsNotANumber() {
        IndexDocument bad = doc(1, "a1", List.of(new AmountFacet("lots", "SAR", "EXACT", null, null, "x")),
                List.of(new PercentFacet(null, "RANGE", "5", "ten", null, "x")));
        assertEquals(List.of("Invalid field 'amounts[0].amount': 'lots' is not a decimal number",
                "Invalid field 'percentages[0].max': 'ten' is not a decimal number"), messages(bad));
    }
}
