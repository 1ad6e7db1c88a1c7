package org.marsad.ingest;

import java.util.Objects;
import org.marsad.model.RawArticle;

/**
 * An article ready to write, with the content hash the seen-state compares ({@link ArticleIds#contentHash}),
 * computed by the finisher so that it can run on worker threads.
 *
 * @param article the record for the raw topic
 * @param contentHash hash of its title and body
 */
public record FinishedArticle(RawArticle article, String contentHash) {

    public FinishedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
