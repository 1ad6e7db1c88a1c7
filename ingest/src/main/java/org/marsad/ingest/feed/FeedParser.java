package org.marsad.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jsoup.Jsoup;
import org.marsad.ingest.text.HtmlText;
import org.marsad.ingest.text.Paragraphs;
import org.marsad.ingest.text.PublishedDates;
import org.marsad.ingest.text.TextCharset;
import org.marsad.model.RawArticle;
import org.marsad.text.ArabicFolding;

/**
 * Parses an RSS 0.9x/1.0/2.0 or Atom feed body into articles (ids not yet set). The charset comes from the
 * BOM when there is one, else from the XML prolog and the Content-Type header (Rome's {@link XmlReader},
 * lenient), so windows-1256 and ISO-8859-6 feeds decode. An HTML page, a DOCTYPE in an untrusted feed or a non-feed document is a
 * {@link FeedFailedException} naming the feed.
 */
public final class FeedParser {

    private final int maxItems;
    private final int maxDepth;

    /** {@code maxDepth} bounds the XML element nesting, so a hostile feed fails the parse instead of the stack. */
    public FeedParser(int maxItems, int maxDepth) {
        this.maxItems = maxItems;
        this.maxDepth = maxDepth;
    }

    /** The feed's first {@code maxItems} entries as articles whose {@code feed} is {@code spec.location()}. */
    public ParsedFeed parse(byte[] body, String contentType, FeedSpec spec) {
        if (looksLikeHtml(body)) {
            throw new FeedFailedException(spec.location(), "served an HTML page, not a feed");
        }
        Document document = document(body, contentType, spec);
        int total = ItemCut.keepFirst(document, maxItems);
        SyndFeed feed;
        try {
            feed = new SyndFeedImpl(new SafeFeedInput(spec.trusted(), maxDepth).build(document));
        } catch (IllegalArgumentException | FeedException e) {
            throw new FeedFailedException(spec.location(), "not an RSS or Atom feed (root element <"
                    + document.getRootElement().getName() + ">): " + e.getMessage(), e);
        }
        List<String> rawDates = FeedDates.rawDates(document);
        List<String> links = FeedLinks.links(document, spec.location());
        List<SyndEntry> entries = feed.getEntries();
        List<RawArticle> articles = new ArrayList<>();
        int withoutLink = 0;
        for (int i = 0; i < entries.size() && i < maxItems; i++) {
            String rawDate = rawDates.size() == entries.size() ? rawDates.get(i) : null;
            String link = links.size() == entries.size() ? links.get(i) : null;
            RawArticle article = article(entries.get(i), feed, spec, rawDate, link);
            withoutLink += article.url() == null ? 1 : 0;
            articles.add(article);
        }
        return new ParsedFeed(articles, Math.max(total, entries.size()), maxItems, withoutLink);
    }

    private Document document(byte[] body, String contentType, FeedSpec spec) {
        try (Reader reader = reader(body, contentType)) {
            return new SafeFeedInput(spec.trusted(), maxDepth).parse(reader);
        } catch (JDOMException e) {
            String message = String.valueOf(e.getMessage());
            String reason = message.contains("DOCTYPE")
                    ? "declares a DOCTYPE, refused to prevent XXE and entity expansion (mark the feed trusted to allow it)"
                    : message.contains("maxElementDepth") ? "elements nested deeper than " + maxDepth
                            + " (marsad.xml.max.depth)"
                    : "malformed XML: " + message;
            throw new FeedFailedException(spec.location(), reason, e);
        } catch (IOException e) {
            throw new FeedFailedException(spec.location(), "unreadable body: " + e.getMessage(), e);
        }
    }

    /**
     * A byte order mark is authoritative (XML 1.0 appendix F); Rome's XmlReader honours it for UTF-8 but
     * decodes a UTF-16LE BOM with a {@code UTF-16} prolog as big-endian, so BOMs are handled here.
     */
    private static Reader reader(byte[] body, String contentType) throws IOException {
        Charset bom = TextCharset.bomCharset(body);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new InputStreamReader(new ByteArrayInputStream(body, skip, body.length - skip), bom);
        }
        InputStream in = new ByteArrayInputStream(body);
        return contentType == null ? new XmlReader(in, true) : new XmlReader(in, contentType, true);
    }


    private static RawArticle article(SyndEntry entry, SyndFeed feed, FeedSpec spec, String rawDate, String link) {
        Instant published = PublishedDates.parseOrNull(rawDate);
        if (published == null && entry.getPublishedDate() != null) {
            published = entry.getPublishedDate().toInstant();
        } else if (published == null && entry.getUpdatedDate() != null) {
            published = entry.getUpdatedDate().toInstant();
        }
        String source = spec.name() != null ? spec.name() : blankToNull(feed.getTitle());
        return new RawArticle(RawArticle.SCHEMA_VERSION, null, link, source, spec.location(),
                plain(entry.getTitle()), HtmlText.toBody(content(entry)), language(feed.getLanguage()), published,
                null, blankToNull(entry.getAuthor()), keywords(entry), null, spec.sourceCountry());
    }

    /** content:encoded and Atom content come first: descriptions are often teasers. */
    private static String content(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return content.getValue();
            }
        }
        return entry.getDescription() == null ? null : entry.getDescription().getValue();
    }

    private static List<String> keywords(SyndEntry entry) {
        return entry.getCategories().stream().map(c -> c.getName() == null ? "" : Paragraphs.normalise(c.getName()))
                .filter(name -> !name.isEmpty()).map(ArabicFolding::fold).distinct().toList();
    }

    private static String language(String feedLanguage) {
        if (feedLanguage == null) {
            return null;
        }
        String primary = feedLanguage.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return primary.equals("ar") || primary.equals("en") ? primary : null;
    }

    private static String plain(String html) {
        return html == null ? null : Jsoup.parse(html).text();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** An HTML page starts (after a BOM and whitespace) with a doctype html or an html element. */
    public static boolean looksLikeHtml(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }
}
