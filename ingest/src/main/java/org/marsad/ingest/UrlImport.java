package org.marsad.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.ingest.feed.CacheValidators;
import org.marsad.ingest.feed.FeedFailedException;
import org.marsad.ingest.feed.FeedFetcher;
import org.marsad.ingest.feed.FeedParser;
import org.marsad.ingest.feed.FeedSpec;
import org.marsad.ingest.feed.FetchResult;
import org.marsad.ingest.feed.ParsedFeed;
import org.marsad.ingest.text.HtmlPage;
import org.marsad.ingest.text.ScrapedArticle;
import org.marsad.ingest.text.TextCharset;
import org.marsad.model.RawArticle;

/**
 * Imports one http(s) URL named on the command line ({@code marsad ingest URL}, its dry run too, #17): fetched
 * once under the address policy as an untrusted feed; an RSS or Atom body gives its items, an HTML page one
 * article (its URL the page's canonical link, else the URL fetched), decoded in its charset. Every failure is a
 * rejection naming the URL; nothing is thrown.
 */
public final class UrlImport {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");

    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final ArticleIntake intake;
    private final Duration interval;

    public UrlImport(FeedFetcher fetcher, FeedParser parser, ArticleIntake intake, Duration interval) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.intake = intake;
        this.interval = interval;
    }

    /** Whether {@code input} names an http(s) URL rather than a path. */
    public static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Fetches {@code url} and hands what it serves to the intake (writes are not waited for). */
    public void importUrl(String url) {
        try {
            FetchResult fetched = fetcher.fetch(url, false, CacheValidators.NONE);
            if (isHtml(fetched)) {
                importPage(url, fetched);
            } else {
                importFeed(url, fetched);
            }
        } catch (FeedFailedException | IllegalArgumentException | InvalidArticleException e) {
            intake.reject(url, e.getMessage(), null, e);
        } catch (RuntimeException | StackOverflowError e) {
            intake.reject(url, "failed: " + e, null, e);
        }
    }

    private void importFeed(String url, FetchResult fetched) {
        ParsedFeed feed = parser.parse(fetched.body(), fetched.contentType(), new FeedSpec(url, null, interval, false));
        List<RawArticle> items = feed.items();
        for (int i = 0; i < items.size(); i++) {
            intake.accept(ScrapedArticle.of(items.get(i)), url + " item " + (i + 1), null);
        }
        if (feed.leftOut() > 0) {
            intake.reject(url, feed.leftOutReason(), null, null);
        }
        if (feed.withoutLink() > 0) {
            intake.note(url, feed.withoutLinkWarning());
        }
    }

    private void importPage(String url, FetchResult fetched) {
        String html = TextCharset.decode(fetched.body(), charset(fetched.contentType()), true).text();
        intake.accept(HtmlPage.extract(html, url), url, null);
    }

    private static boolean isHtml(FetchResult fetched) {
        String type = fetched.contentType() == null ? "" : fetched.contentType().toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml") || FeedParser.looksLikeHtml(fetched.body());
    }

    private static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }
}
