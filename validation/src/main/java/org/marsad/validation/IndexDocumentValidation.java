package org.marsad.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.IndexDocument;
import org.marsad.model.IndexDocument.AmountFacet;
import org.marsad.model.IndexDocument.PercentFacet;

/**
 * The rules an {@link IndexDocument} read from {@code marsad.articles.index} must meet before a reader indexes it:
 *
 * <ul>
 *   <li>{@code schemaVersion} between 1 and {@link IndexDocument#SCHEMA_VERSION} (a newer writer's record may
 *       mean something this reader cannot tell, so it is refused rather than half-read);</li>
 *   <li>{@code id} present and an {@link ArticleValidation#isValidId article id};</li>
 *   <li>every amount and percentage value ({@code amount}/{@code value}, {@code min}, {@code max}) absent or a
 *       decimal number, since readers index them as numbers.</li>
 * </ul>
 *
 * Pure: no Kafka, no I/O. The record key equal to the id is the reader's check.
 */
public final class IndexDocumentValidation {

    private IndexDocumentValidation() {
    }

    /** Every broken rule of {@code doc}, in the order listed above; empty when it is valid. */
    public static List<Violation> validate(IndexDocument doc) {
        List<Violation> violations = new ArrayList<>(1);
        SchemaVersions.check(doc.schemaVersion(), IndexDocument.SCHEMA_VERSION).ifPresent(violations::add);
        if (doc.id() == null || doc.id().isBlank()) {
            violations.add(new Violation("id", "missing or blank"));
        } else if (!ArticleValidation.isValidId(doc.id())) {
            violations.add(new Violation("id", "must match " + ArticleValidation.ID_PATTERN.pattern()));
        }
        for (int i = 0; i < doc.amounts().size(); i++) {
            AmountFacet a = doc.amounts().get(i);
            number(violations, "amounts[" + i + "].amount", a.amount());
            number(violations, "amounts[" + i + "].min", a.min());
            number(violations, "amounts[" + i + "].max", a.max());
        }
        for (int i = 0; i < doc.percentages().size(); i++) {
            PercentFacet p = doc.percentages().get(i);
            number(violations, "percentages[" + i + "].value", p.value());
            number(violations, "percentages[" + i + "].min", p.min());
            number(violations, "percentages[" + i + "].max", p.max());
        }
        return violations;
    }

    private static void number(List<Violation> violations, String field, String value) {
        if (value == null) {
            return;
        }
        try {
            new BigDecimal(value);
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, "'" + value + "' is not a decimal number"));
        }
    }
}
