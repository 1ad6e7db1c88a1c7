package org.marsad.ingest.text;

import java.util.List;
import java.util.Objects;
import org.marsad.model.RawArticle;

/**
 * An article read from one input together with the related articles appended to it ({@code إقرأ أيضاً}).
 * Ids, language and fetch time are not set yet: {@code ArticleFinisher} sets them.
 *
 * @param article the main article
 * @param related the related articles, in input order; each becomes its own record pointing to the main one
 */
public record ScrapedArticle(RawArticle article, List<RawArticle> related) {

    public ScrapedArticle {
        Objects.requireNonNull(article, "article");
        related = List.copyOf(related);
    }

    /** An article without related ones. */
    public static ScrapedArticle of(RawArticle article) {
        return new ScrapedArticle(article, List.of());
    }
}
