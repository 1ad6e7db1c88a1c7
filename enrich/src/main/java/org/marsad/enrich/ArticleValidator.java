package org.marsad.enrich;

import java.util.Optional;
import java.util.regex.Pattern;
import org.marsad.model.RawArticle;

/**
 * Decides whether a raw article can be enriched; a rejection names the field and the reason, and is sent
 * to the dead-letter topic by the topology's {@code rejected} branch.
 */
final class ArticleValidator {

    static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final int maxBytes;

    ArticleValidator(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Empty when the article is valid, else the reason it is not. */
    Optional<String> rejection(String key, ReceivedArticle received) {
        RawArticle article = received.article();
        if (received.bytes().length > maxBytes) {
            return Optional.of("article of " + received.bytes().length + " bytes is over the limit of " + maxBytes
                    + " bytes (marsad.article.max.bytes)");
        }
        if (article.schemaVersion() < 1 || article.schemaVersion() > RawArticle.SCHEMA_VERSION) {
            return Optional.of("unsupported schemaVersion " + article.schemaVersion() + " (this enricher reads 1 to "
                    + RawArticle.SCHEMA_VERSION + ")");
        }
        if (article.id() == null || article.id().isBlank()) {
            return Optional.of("missing field id");
        }
        if (!VALID_ID.matcher(article.id()).matches()) {
            return Optional.of("invalid field id: must match " + VALID_ID.pattern());
        }
        if (!article.id().equals(key)) {
            return Optional.of("record key " + key + " does not match field id " + article.id());
        }
        if (article.body() == null || article.body().isBlank()) {
            return Optional.of("missing field body");
        }
        return Optional.empty();
    }
}
