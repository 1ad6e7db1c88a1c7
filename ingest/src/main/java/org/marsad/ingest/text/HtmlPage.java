package org.marsad.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.model.RawArticle;

/**
 * Extracts the article of a saved HTML page: the title from {@code og:title}, the page's {@code h1} or
 * {@code <title>}; the URL from the canonical link or {@code og:url}; the date from
 * {@code article:published_time} or a {@code <time datetime>}; the text of {@code <article>}, else
 * {@code <main>}, else the body, without navigation, header, footer, asides, media and ad labels.
 */
public final class HtmlPage {

    private HtmlPage() {
    }

    public static ScrapedArticle extract(String html, String origin) {
        Document page = Jsoup.parse(html);
        Element main = first(page, "article", "main", "[role=main]");
        Element root = main != null ? main : page.body();
        root.select("nav, header, footer, aside, [role=navigation], [role=complementary]").remove();
        String title = firstNonBlank(meta(page, "og:title"), text(root.selectFirst("h1")), page.title());
        Element h1 = root.selectFirst("h1");
        if (h1 != null && h1.text().strip().equals(title)) {
            h1.remove();
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : HtmlText.fromElement(root).split(Paragraphs.SEPARATOR)) {
            paragraphs.add(AdLabel.remove(paragraph));
        }
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        // A page fetched from a URL (marsad ingest URL) is at that URL when it names no canonical one.
        String url = firstNonBlank(canonical == null ? null : canonical.attr("href"), meta(page, "og:url"),
                origin != null && origin.matches("(?i)https?://.+") ? origin : null);
        Element time = page.selectFirst("time[datetime]");
        String date = firstNonBlank(meta(page, "article:published_time"), time == null ? null : time.attr("datetime"));
        return ScrapedArticle.of(new RawArticle(RawArticle.SCHEMA_VERSION, null, url, meta(page, "og:site_name"),
                origin, title, Paragraphs.join(paragraphs), null, PublishedDates.parseOrNull(date), null,
                meta(page, "author"), List.of(), null));
    }

    private static Element first(Document page, String... selectors) {
        for (String selector : selectors) {
            Element found = page.selectFirst(selector);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String meta(Document page, String name) {
        Element meta = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return meta == null || meta.attr("content").isBlank() ? null : meta.attr("content").strip();
    }

    private static String text(Element element) {
        return element == null ? null : element.text();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
