package org.marsad.enrich;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.marsad.model.EnrichedArticle;

/**
 * The enrich stage's own meters (docs/OPERATIONS.md lists them). Tags take values from closed sets only: an
 * outcome, a {@link Rejection.Reason}, a RawArticle field name, a mention kind; never an id or free text.
 */
final class EnrichMeters {

    static final String ARTICLES = "marsad.enrich.articles";
    static final String REJECTIONS = "marsad.enrich.rejections";
    static final String TAGGING = "marsad.enrich.tagging";
    static final String MENTIONS = "marsad.enrich.article.mentions";

    private final MeterRegistry registry;
    private final Counter enriched;
    private final Counter takedowns;
    private final Counter rejected;
    private final Timer tagging;
    private final DistributionSummary entities;
    private final DistributionSummary money;
    private final DistributionSummary percentages;
    private final DistributionSummary dates;

    EnrichMeters(MeterRegistry registry) {
        this.registry = registry;
        this.enriched = articles("enriched");
        this.takedowns = articles("takedown");
        this.rejected = articles("rejected");
        this.tagging = Timer.builder(TAGGING)
                .description("Time to tag one article (entities, money, percentages, dates)")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
        this.entities = mentions("entity");
        this.money = mentions("money");
        this.percentages = mentions("percentage");
        this.dates = mentions("date");
    }

    void takedown() {
        takedowns.increment();
    }

    void rejected(Rejection rejection) {
        rejected.increment();
        Counter.builder(REJECTIONS)
                .description("Raw records sent to the dead-letter topic by enrich's validation")
                .tag("reason", rejection.reason().tag())
                .tag("field", rejection.field())
                .register(registry)
                .increment();
    }

    void enriched(EnrichedArticle article, long taggingNanos) {
        enriched.increment();
        tagging.record(Duration.ofNanos(taggingNanos));
        entities.record(article.entities().size());
        money.record(article.money().size());
        percentages.record(article.percentages().size());
        dates.record(article.dates().size());
    }

    private Counter articles(String outcome) {
        return Counter.builder(ARTICLES)
                .description("Raw records handled by enrich, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    private DistributionSummary mentions(String kind) {
        return DistributionSummary.builder(MENTIONS)
                .description("Mentions found per enriched article, by kind")
                .baseUnit("mentions")
                .tag("kind", kind)
                .register(registry);
    }
}
