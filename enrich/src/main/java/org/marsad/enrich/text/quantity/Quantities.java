package org.marsad.enrich.text.quantity;

import java.util.List;
import org.marsad.enrich.text.DateSpan;
import org.marsad.enrich.text.MoneySpan;
import org.marsad.enrich.text.PercentSpan;

/** Everything numeric the extractor found in one document, each list in order of appearance. */
public record Quantities(List<MoneySpan> money, List<PercentSpan> percentages, List<DateSpan> dates) {

    public Quantities {
        money = List.copyOf(money);
        percentages = List.copyOf(percentages);
        dates = List.copyOf(dates);
    }
}
