package org.marsad.ingest;

import java.util.Objects;
import org.marsad.model.RawArticle;

/**
 * An article ready to write: the record, the content hash the seen-state compares
 * ({@link ArticleIds#contentHash}) and its JSON, all computed by the finisher so that the costly part of an
 * import can run on worker threads and the size limit is checked on the exact bytes written.
 *
 * @param article the record for the raw topic
 * @param contentHash hash of its title and body
 * @param json the record as {@code Topics.RAW_SERDE} writes it (not copied: callers must not change it)
 */
public record FinishedArticle(RawArticle article, String contentHash, byte[] json) {

    public FinishedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(json, "json");
    }
}
