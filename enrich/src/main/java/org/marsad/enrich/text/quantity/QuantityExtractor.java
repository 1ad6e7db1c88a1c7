package org.marsad.enrich.text.quantity;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.marsad.enrich.text.EntitySpan;
import org.marsad.enrich.text.Field;
import org.marsad.enrich.text.TextDocument;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NormalizedText;

/**
 * Extracts monetary values, percentages and dates from an article's title and body.
 * Immutable and thread-safe once loaded.
 *
 * <p>Each field is normalised ({@link ArabicNormalizer}: digits folded, harakat and tatweel dropped, hamza
 * forms unified) and tokenised once; the scan then tries money, a percentage and a date at each token that
 * can start one, in that order, and skips past what it found. Currencies shared by several countries are
 * settled only after both fields are scanned, because the evidence may sit anywhere in the article.
 */
public final class QuantityExtractor {

    private final Lexicon lexicon;
    private final MoneyFinder money;
    private final PercentFinder percent;
    private final DateFinder dates;
    private final QualifierReader qualifiers;

    private QuantityExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        NumberReader numbers = new NumberReader(lexicon);
        this.money = new MoneyFinder(lexicon, numbers);
        this.percent = new PercentFinder(lexicon, numbers);
        this.dates = new DateFinder(lexicon);
        this.qualifiers = new QualifierReader(lexicon);
    }

    /**
     * Loads the bundled currency, scale and month tables, plus user tables from {@code userDir} when it is
     * not null.
     */
    public static QuantityExtractor load(Path userDir) {
        return new QuantityExtractor(Lexicon.load(userDir));
    }

    /**
     * Extracts from the title and body.
     *
     * @param entities what the entity tagger found in the document: the countries of its places settle shared
     *     currency forms; empty when not tagged
     */
    public Quantities extract(TextDocument document, List<EntitySpan> entities) {
        LocalDate published = document.publishedAt() == null
                ? null : LocalDate.ofInstant(document.publishedAt(), ZoneOffset.UTC);
        List<FieldScan> scans = List.of(scan(Field.TITLE, document.title(), published),
                scan(Field.BODY, document.body(), published));
        return SpanBuilder.build(lexicon, qualifiers, scans, document, entities, EntityCountries.LISTED);
    }

    /** Tries money, then a percentage, then a date at an anchor token; returns the token to go on from. */
    private int findAt(List<Token> tokens, int i, LocalDate published, List<Draft> moneyFound, List<Draft> percentFound,
            List<DateFinder.Found> datesFound) {
        Draft draft = money.find(tokens, i);
        if (draft != null) {
            moneyFound.add(draft);
            return draft.endToken();
        }
        draft = percent.find(tokens, i);
        if (draft != null) {
            percentFound.add(draft);
            return draft.endToken();
        }
        DateFinder.Found date = dates.find(tokens, i, published);
        if (date == null) {
            return i + 1;
        }
        datesFound.add(date);
        return date.endToken();
    }

    /** Short hash of the loaded tables; part of the enricher version. */
    public String fingerprint() {
        return lexicon.fingerprint;
    }

    private FieldScan scan(Field field, String original, LocalDate published) {
        NormalizedText text = ArabicNormalizer.normalize(original);
        List<Token> tokens = lexicon.tokenize(text.text());
        List<Draft> moneyFound = new ArrayList<>();
        List<Draft> percentFound = new ArrayList<>();
        List<DateFinder.Found> datesFound = new ArrayList<>();
        UrlRegions urls = UrlRegions.of(text.text());
        int i = 0;
        while (i < tokens.size()) {
            boolean anchor = lexicon.isAnchor(tokens, i) && !urls.covers(tokens.get(i).start());
            i = anchor ? findAt(tokens, i, published, moneyFound, percentFound, datesFound) : i + 1;
        }
        return new FieldScan(field, text, tokens, moneyFound, percentFound, datesFound);
    }
}
