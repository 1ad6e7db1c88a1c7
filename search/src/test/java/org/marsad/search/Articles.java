package org.marsad.search;

import java.time.Instant;
import java.util.List;
import org.marsad.model.IndexDocument;
import org.marsad.model.IndexDocument.AmountFacet;
import org.marsad.model.IndexDocument.EntityFacet;
import org.marsad.model.IndexDocument.PercentFacet;

/** Index documents for the search tests; all text written for these tests. */
final class Articles {

    static final Instant DAY1 = Instant.parse("2026-11-01T09:00:00Z");
    static final Instant DAY2 = Instant.parse("2026-11-20T09:00:00Z");

    private Articles() {
    }

    /** Arabic: a deal of 2 billion riyals for a 15% stake, names OpenAI with a clitic. */
    static IndexDocument openAiDeal() {
        return withPercentages(doc("a1", "ar", "شراكة جديدة لأوبن إيه آي في الرياض",
                "أعلنت الشركة عن صفقة بقيمة ملياري ريال مع شريك محلي.",
                List.of(new EntityFacet("Q21708200", "أوبن إيه آي", 1)), List.of(new EntityFacet("Q3692", "الرياض", 1)),
                List.of(new AmountFacet("2000000000", "SAR", "EXACT", null, null, "ملياري ريال")), DAY1),
                List.of(new PercentFacet("15", "EXACT", null, null, "PERCENT", "15 بالمئة")));
    }

    /** Arabic: sanctions, written with a preposition; an amount in dollars; a rise of 40 percentage points. */
    static IndexDocument sanctions() {
        return withPercentages(doc("a2", "ar", "تصريح حول العقوبات",
                "قال المتحدث إن الحكومة ردت بالعقوبات على شحنة بقيمة 500 مليون دولار.",
                List.of(), List.of(), List.of(new AmountFacet("500000000", "USD", "EXACT", null, null, "500 مليون دولار")),
                DAY2), List.of(new PercentFacet("40", "EXACT", null, null, "PERCENTAGE_POINT", "40 نقطة مئوية")));
    }

    /** English: a small deal in riyals. */
    static IndexDocument englishDeal() {
        return doc("e1", "en", "Port operator signs contracts",
                "The operator signed contracts worth 300 million riyals with two shipping companies.",
                List.of(new EntityFacet("marsad:port-operator", "Port Operator", 2)), List.of(),
                List.of(new AmountFacet("300000000", "SAR", "EXACT", null, null, "300 million riyals")), DAY2);
    }

    static IndexDocument withPercentages(IndexDocument d, List<PercentFacet> percentages) {
        return new IndexDocument(d.schemaVersion(), d.id(), d.url(), d.source(), d.title(), d.body(), d.language(),
                d.keywords(), d.relatedTo(), d.publishedAt(), d.enrichedAt(), d.enricherVersion(), d.people(),
                d.organisations(), d.places(), d.other(), d.amounts(), d.dates(), d.rawPartition(), d.rawOffset(),
                d.feed(), d.fetchedAt(), percentages);
    }

    static IndexDocument doc(String id, String lang, String title, String body, List<EntityFacet> orgs,
            List<EntityFacet> places, List<AmountFacet> amounts, Instant published) {
        return new IndexDocument(1, id, "https://example.test/" + id, "example-news", title, body, lang, List.of(),
                null, published, published.plusSeconds(60), "test", List.of(), orgs, places, List.of(), amounts,
                List.of(), 0, 0L, "https://example.test/feed.xml", published.plusSeconds(30), List.of());
    }
}
