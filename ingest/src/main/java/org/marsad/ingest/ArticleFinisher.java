package org.marsad.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.marsad.ingest.text.Paragraphs;
import org.marsad.ingest.text.ScrapedArticle;
import org.marsad.model.RawArticle;
import org.marsad.model.Topics;
import org.marsad.text.LanguageDetector;
import org.marsad.validation.ArticleValidation;
import org.marsad.validation.Violation;

/**
 * Turns a parsed article into the record written to the raw topic: canonicalises its URL,
 * sets its id ({@link ArticleIds}), language (detected when absent) and fetch time, and enforces the article
 * size limit, then checks the result against the shared {@link ArticleValidation} rules. Related articles get
 * their own ids and point to the main one.
 */
public final class ArticleFinisher {

    /**
     * Languages a source may give (ISO 639-1 codes and {@code und}): kept as given, so a Persian feed's {@code fa}
     * reaches enrich, which tags only the languages it has taggers for (#11).
     */
    private static final Set<String> LANGUAGES = languages();

    private final Clock clock;

    private static Set<String> languages() {
        Set<String> codes = new HashSet<>(Set.of(Locale.getISOLanguages()));
        codes.add(LanguageDetector.UNDETERMINED);
        return Set.copyOf(codes);
    }
    private final int maxBytes;

    public ArticleFinisher(Clock clock, int maxBytes) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxBytes = maxBytes;
    }

    /**
     * The main article first, then its related articles, each with its content hash; fails with
     * {@link InvalidArticleException}. Thread-safe.
     */
    public List<FinishedArticle> finish(ScrapedArticle scraped) {
        RawArticle main = finish(scraped.article(), null);
        List<FinishedArticle> all = new ArrayList<>(1 + scraped.related().size());
        all.add(serialised(main));
        for (RawArticle related : scraped.related()) {
            all.add(serialised(finish(related, main.id())));
        }
        return all;
    }

    private FinishedArticle serialised(RawArticle article) {
        byte[] json = Topics.RAW_SERDE.serializer().serialize(Topics.RAW, article);
        Optional<Violation> tooLarge = ArticleValidation.size(json.length, maxBytes);
        if (tooLarge.isPresent()) {
            throw new ArticleTooLargeException(tooLarge.get().problem());
        }
        // The title and body made here are normal (Paragraphs), which lets the hash skip re-checking them.
        return new FinishedArticle(article, ContentDigest.ofNormal(article.title(), article.body()), json);
    }

    private RawArticle finish(RawArticle in, String relatedTo) {
        if (in.schemaVersion() > RawArticle.SCHEMA_VERSION || in.schemaVersion() < 0) {
            throw new InvalidArticleException("schemaVersion", "version " + in.schemaVersion()
                    + " is not between 1 and " + RawArticle.SCHEMA_VERSION + " (0 or absent: current)");
        }
        String title = in.title() == null ? "" : Paragraphs.normalise(in.title());
        String body = in.body() == null ? "" : Paragraphs.fromLines(in.body());
        String url = canonicalUrl(in.url());
        String id = ArticleIds.isValidGivenId(in.id()) ? in.id()
                : url != null ? ArticleIds.forUrl(url) : ArticleIds.forContent(title, body);
        String language = in.language() != null && LANGUAGES.contains(in.language()) ? in.language()
                : LanguageDetector.detect(title + " " + body);
        // A missing title is derived after the id is set, so a content-hash id never depends on the derivation rule.
        RawArticle out = ArticleValidation.withDerivedTitle(new RawArticle(RawArticle.SCHEMA_VERSION, id, url,
                blankToNull(in.source()), blankToNull(in.feed()), title, body, language, in.publishedAt(),
                clock.instant(), blankToNull(in.author()), in.keywords(),
                relatedTo != null ? relatedTo : blankToNull(in.relatedTo()), in.sourceCountry(), in.titleDerived()));
        // The shared rules, checked on the record as written, so enrich accepts whatever is written here.
        List<Violation> violations = ArticleValidation.validate(out);
        if (!violations.isEmpty()) {
            throw new InvalidArticleException(violations.get(0).field(), violations.get(0).problem());
        }
        return out;
    }

    private static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            return CanonicalUrl.of(url);
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException("url", e.getMessage(), e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
