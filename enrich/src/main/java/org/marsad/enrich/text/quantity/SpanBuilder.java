package org.marsad.enrich.text.quantity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.enrich.text.CurrencyBasis;
import org.marsad.enrich.text.DateSpan;
import org.marsad.enrich.text.EntitySpan;
import org.marsad.enrich.text.MoneySpan;
import org.marsad.enrich.text.PercentSpan;
import org.marsad.enrich.text.TextDocument;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NormalizedText;

/**
 * Turns the drafts of every field into spans over the original text: maps offsets back, reads the hedge
 * and settles shared currencies once the whole article has been scanned.
 */
final class SpanBuilder {

    private SpanBuilder() {
    }

    static Quantities build(Lexicon lexicon, QualifierReader qualifiers, List<FieldScan> scans, TextDocument document,
            List<EntitySpan> entities, EntityCountries countries) {
        CurrencyResolver resolver = needsResolver(scans)
                ? new CurrencyResolver(lexicon, scans, document, entities, countries) : null;
        List<MoneySpan> money = new ArrayList<>();
        List<PercentSpan> percentages = new ArrayList<>();
        List<DateSpan> dates = new ArrayList<>();
        for (FieldScan scan : scans) {
            NormalizedText text = scan.text();
            for (Draft draft : scan.money()) {
                int start = text.originalStart(draft.start());
                int end = end(scan, draft.endToken());
                String unit = text.original().substring(text.originalStart(draft.unitStart()),
                        withHarakat(text.original(), text.originalEnd(draft.unitEnd())));
                CurrencyResolver.Resolution currency = resolver != null ? resolver.resolve(scan, draft)
                        : new CurrencyResolver.Resolution(draft.currency().iso(), CurrencyBasis.EXPLICIT);
                money.add(new MoneySpan(text.original().substring(start, end), draft.amount(), currency.iso(), unit,
                        qualifiers.read(scan.tokens(), draft), draft.min(), draft.max(), scan.field(), start, end,
                        currency.basis()));
            }
            for (Draft draft : scan.percentages()) {
                int start = text.originalStart(draft.start());
                int end = end(scan, draft.endToken());
                percentages.add(new PercentSpan(text.original().substring(start, end), draft.amount(),
                        qualifiers.read(scan.tokens(), draft), draft.min(), draft.max(), scan.field(), start, end,
                        draft.percentUnit()));
            }
            for (DateFinder.Found date : scan.dates()) {
                int start = text.originalStart(date.start());
                int end = end(scan, date.endToken());
                dates.add(new DateSpan(text.original().substring(start, end), date.iso(), scan.field(), start, end));
            }
        }
        return new Quantities(money, percentages, dates);
    }

    /** The original end, taking in the harakat written on the last letter ({@code دولارٍ}), which belong to the word. */
    private static int end(FieldScan scan, int endToken) {
        return withHarakat(scan.text().original(), scan.text().originalEnd(scan.tokens().get(endToken - 1).end()));
    }

    private static int withHarakat(String original, int end) {
        int extended = end;
        while (extended < original.length() && isHaraka(original.charAt(extended))) {
            extended++;
        }
        return extended;
    }

    private static boolean isHaraka(char c) {
        return (c >= ArabicNormalizer.FATHATAN && c <= ArabicNormalizer.SUKUN) || c == ArabicNormalizer.SUPERSCRIPT_ALEF;
    }

    private static boolean needsResolver(List<FieldScan> scans) {
        for (FieldScan scan : scans) {
            for (Draft draft : scan.money()) {
                if (draft.currency().iso() == null) {
                    return true;
                }
            }
        }
        return false;
    }
}
