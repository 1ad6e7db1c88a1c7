package org.marsad.ingest;

/** An article over {@code marsad.article.max.bytes}; the push endpoint answers 413 for it. */
public final class ArticleTooLargeException extends InvalidArticleException {

    public ArticleTooLargeException(String reason) {
        super("article", reason);
    }
}
