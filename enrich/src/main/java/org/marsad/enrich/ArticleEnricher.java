package org.marsad.enrich;

import java.time.Instant;
import org.marsad.enrich.text.Analysis;
import org.marsad.enrich.text.KeywordTags;
import org.marsad.enrich.text.TextAnalyzer;
import org.marsad.enrich.text.TextDocument;
import org.marsad.model.EnrichedArticle;
import org.marsad.model.RawArticle;
import org.marsad.text.LanguageDetector;

/**
 * Builds an enriched article from a raw one: detects the language when missing, runs the analyser over
 * title, body and keywords exactly as they stand, maps the findings to wire records, and splits keyword lines
 * into tags ({@link KeywordTags}, with the entities found in them). No Kafka here,
 * so {@code marsad extract} and the Streams topology produce identical records.
 */
public final class ArticleEnricher {

    private final TextAnalyzer analyzer;
    private final KeywordTags tags;
    private final String version;

    public ArticleEnricher(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.tags = KeywordTags.bundled();
        this.version = EnricherVersion.of(analyzer.fingerprint() + tags.fingerprint());
    }

    /** The enricherVersion stamped on every record. */
    public String version() {
        return version;
    }

    public EnrichedArticle enrich(RawArticle raw, Instant enrichedAt, int rawPartition, long rawOffset) {
        String language = raw.language() == null || raw.language().isBlank()
                ? LanguageDetector.detect(raw.title() + "\n" + raw.body())
                : raw.language();
        TextDocument document = new TextDocument(raw.title(), raw.body(), raw.keywords(), language,
                raw.publishedAt(), raw.source(), raw.sourceCountry(), raw.url());
        Analysis found = analyzer.analyze(document);
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, raw.id(), raw.url(), raw.source(), raw.feed(),
                raw.title(), raw.body(), language, raw.publishedAt(), raw.fetchedAt(), raw.author(), raw.keywords(),
                raw.relatedTo(),
                found.entities().stream().map(SpanMapper::entity).toList(),
                found.money().stream().map(SpanMapper::money).toList(),
                found.percentages().stream().map(SpanMapper::percentage).toList(),
                found.dates().stream().map(SpanMapper::date).toList(),
                enrichedAt, version, rawPartition, rawOffset, tags.tags(raw.keywords(), found.entities()));
    }
}
