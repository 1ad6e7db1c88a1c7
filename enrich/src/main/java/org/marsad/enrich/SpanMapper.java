package org.marsad.enrich;

import java.math.BigDecimal;
import org.marsad.enrich.text.DateSpan;
import org.marsad.enrich.text.EntitySpan;
import org.marsad.enrich.text.MoneySpan;
import org.marsad.enrich.text.PercentSpan;
import org.marsad.model.DateMention;
import org.marsad.model.EntityMention;
import org.marsad.model.MoneyMention;
import org.marsad.model.PercentageMention;

/**
 * Turns the tagger's own values into wire records. Numbers become plain decimal strings
 * ({@code stripTrailingZeros().toPlainString()}): never an exponent, never a binary float.
 */
public final class SpanMapper {

    private SpanMapper() {
    }

    public static EntityMention entity(EntitySpan span) {
        return new EntityMention(span.text(), span.type().name(), span.id(), span.canonical(),
                span.field().wireName(), span.index(), span.start(), span.end(), span.country());
    }

    public static MoneyMention money(MoneySpan span) {
        return new MoneyMention(span.text(), decimal(span.amount()), span.currency(), span.unit(),
                span.qualifier().name(), decimal(span.min()), decimal(span.max()), span.field().wireName(),
                span.start(), span.end(), span.currencyBasis() == null ? null : span.currencyBasis().wireName());
    }

    public static PercentageMention percentage(PercentSpan span) {
        return new PercentageMention(span.text(), decimal(span.value()), span.qualifier().name(),
                decimal(span.min()), decimal(span.max()), span.field().wireName(), span.start(), span.end(),
                span.unit().name());
    }

    public static DateMention date(DateSpan span) {
        return new DateMention(span.text(), span.iso(), span.field().wireName(), span.start(), span.end());
    }

    /** Plain decimal notation, or null. */
    public static String decimal(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
