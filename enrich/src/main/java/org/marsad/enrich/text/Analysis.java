package org.marsad.enrich.text;

import java.util.List;

/** Everything the taggers found in one document. */
public record Analysis(
        List<EntitySpan> entities, List<MoneySpan> money, List<PercentSpan> percentages, List<DateSpan> dates) {

    public Analysis {
        entities = List.copyOf(entities);
        money = List.copyOf(money);
        percentages = List.copyOf(percentages);
        dates = List.copyOf(dates);
    }
}
