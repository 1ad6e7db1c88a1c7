package org.marsad.ingest.feed;

import java.util.Locale;
import org.marsad.ingest.ArticleTooLargeException;
import org.marsad.ingest.InvalidArticleException;

/**
 * Why a feed item was not ingested: the closed set of {@code reason} tags of {@code marsad_feed_rejections_total}
 * (docs/OPERATIONS.md). The free-text reason goes to the rejection listener, never into a tag.
 */
public enum ItemRejection {
    /** a field failed validation (missing title, bad date, bad link) */
    INVALID_FIELD,
    /** the article is over {@code marsad.article.max.bytes} */
    TOO_LARGE,
    /** left out because the feed has more items than {@code marsad.feeds.max.items} */
    OVER_ITEM_LIMIT,
    /** the broker did not acknowledge the write; the feed is fetched again in full */
    NOT_ACKNOWLEDGED;

    /** The reason an {@link InvalidArticleException} stands for. */
    public static ItemRejection of(InvalidArticleException e) {
        return e instanceof ArticleTooLargeException ? TOO_LARGE : INVALID_FIELD;
    }

    /** The tag value: the name in lower case. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
