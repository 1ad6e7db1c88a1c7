package org.marsad.ingest.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.model.RawArticle;
import org.marsad.text.ArabicFolding;

/**
 * Parses the scraped-article text format of Arabic news sites (a {@code .txt} file or a pushed text body).
 *
 * <ul>
 *   <li>The first non-blank line is the title</li>
 *   <li>Label lines anywhere before the related part: {@code تاريخ النشر:} (English date, e.g.
 *       {@code 12th, February 2025 GMT}), {@code المصدر:} (source), {@code كلمات دلالية:} (keywords separated by
 *       commas, {@code ،} or semicolons, Persian letters folded), {@code الرابط:} (URL)</li>
 *   <li>Every other line is a body paragraph, ad labels removed ({@link AdLabel})</li>
 *   <li>From the first {@code إقرأ أيضاً:} line on, related articles ({@link RelatedArticles})</li>
 * </ul>
 */
public final class ScrapedTextParser {

    private static final Pattern LABEL = Pattern.compile("^(تاريخ النشر|المصدر|كلمات دلالية|الرابط)\\s*[:：]\\s*(.*)$");
    private static final Pattern KEYWORD_SEPARATORS = Pattern.compile("[,،;؛]");

    private ScrapedTextParser() {
    }

    /**
     * Parses {@code text}; {@code origin} names the input (file path, request) and becomes the record's
     * {@code feed}. Fails naming the origin when the text has no title.
     */
    public static ScrapedArticle parse(String text, String origin) {
        List<String> lines = List.of(text.split("\\R", -1));
        int relatedStart = RelatedArticles.firstMarker(lines);
        Fields fields = new Fields();
        List<String> body = new ArrayList<>();
        String title = null;
        for (String raw : lines.subList(0, relatedStart)) {
            String line = Paragraphs.normalise(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (title == null) {
                title = line;
            } else if (!fields.read(line)) {
                body.add(AdLabel.remove(line));
            }
        }
        if (title == null) {
            throw new IllegalArgumentException("No title in scraped text from " + origin + ": the text is empty");
        }
        RawArticle article = new RawArticle(RawArticle.SCHEMA_VERSION, null, fields.url, fields.source, origin,
                title, Paragraphs.join(body), null, fields.publishedAt, null, null, List.copyOf(fields.keywords), null);
        return new ScrapedArticle(article, RelatedArticles.parse(lines.subList(relatedStart, lines.size()), article));
    }

    /** Keywords of a {@code كلمات دلالية} line: split, trimmed, Persian letters folded, duplicates dropped. */
    static List<String> keywords(String value) {
        Set<String> keywords = new LinkedHashSet<>();
        for (String keyword : KEYWORD_SEPARATORS.split(value)) {
            String folded = ArabicFolding.fold(Paragraphs.normalise(keyword));
            if (!folded.isEmpty()) {
                keywords.add(folded);
            }
        }
        return List.copyOf(keywords);
    }

    /** The label lines' values, first occurrence wins. */
    private static final class Fields {
        private String url;
        private String source;
        private Instant publishedAt;
        private final Set<String> keywords = new LinkedHashSet<>();

        boolean read(String line) {
            Matcher m = LABEL.matcher(line);
            if (!m.matches()) {
                return false;
            }
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case "تاريخ النشر" -> publishedAt = publishedAt != null ? publishedAt : PublishedDates.parseOrNull(value);
                case "المصدر" -> source = source != null || value.isEmpty() ? source : value;
                case "كلمات دلالية" -> keywords.addAll(keywords(value));
                default -> url = url != null || value.isEmpty() ? url : value;
            }
            return true;
        }
    }
}
