package org.marsad.ingest.feed;

import java.util.List;
import org.marsad.model.RawArticle;

/**
 * The items taken from one feed body, and how many it had in all: a feed over {@code marsad.feeds.max.items}
 * is cut, and the cut is reported, never silent.
 *
 * @param items the first items, at most the limit, as articles (ids not yet set)
 * @param total the items the feed had
 * @param limit the most items taken ({@code marsad.feeds.max.items})
 * @param withoutLink items taken without a usable link: kept with a content-hash id, and reported (#17)
 */
public record ParsedFeed(List<RawArticle> items, int total, int limit, int withoutLink) {

    public ParsedFeed {
        items = List.copyOf(items);
    }

    /** Items over the limit, not taken. */
    public int leftOut() {
        return Math.max(0, total - limit);
    }

    /** The warning for items without a usable link: {@code 2 of 5 items have no usable link; kept ...}. */
    public String withoutLinkWarning() {
        return withoutLink + " of " + items.size() + " items have no usable link; kept with content-hash ids";
    }

    /** The report of a cut feed: {@code 99500 of 100000 items left out, over the limit of 500 (...)}. */
    public String leftOutReason() {
        return leftOut() + " of " + total + " items left out, over the limit of " + limit
                + " (marsad.feeds.max.items)";
    }
}
