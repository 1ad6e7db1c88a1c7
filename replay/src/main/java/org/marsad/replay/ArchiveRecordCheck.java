package org.marsad.replay;

import java.io.IOException;
import java.util.Optional;
import org.marsad.model.Json;
import org.marsad.model.RawArticle;

/**
 * Decides whether one archive record may be imported: an article whose id is the record key and whose size is
 * within {@code marsad.article.max.bytes}, or, only with {@code --allow-takedowns}, a takedown tombstone. Control
 * headers ({@value #CONTROL_PREFIX}*, such as {@value Takedowns#TAKEDOWN_HEADER}) steer the pipeline, so a file
 * may carry them only on takedowns the operator allowed; anyone who can hand us an archive could otherwise
 * forge a takedown.
 */
final class ArchiveRecordCheck {

    static final String CONTROL_PREFIX = "marsad.";

    private final int articleMaxBytes;
    private final boolean allowTakedowns;

    ArchiveRecordCheck(int articleMaxBytes, boolean allowTakedowns) {
        this.articleMaxBytes = articleMaxBytes;
        this.allowTakedowns = allowTakedowns;
    }

    /** Empty when the record may be imported, else the reason it may not. */
    Optional<String> problem(ArchiveRecord record) {
        boolean takedown = record.value() == null;
        for (ArchiveRecord.Header header : record.headers()) {
            if (header.key().startsWith(CONTROL_PREFIX) && !(takedown && allowTakedowns)) {
                return Optional.of("carries control header " + header.key() + ", refused unless the line is a"
                        + " takedown and --allow-takedowns is given");
            }
        }
        if (takedown) {
            return allowTakedowns ? Optional.empty()
                    : Optional.of("is a takedown of " + record.key() + "; pass --allow-takedowns to import takedowns");
        }
        if (record.value().length > articleMaxBytes) {
            return Optional.of("value of " + record.value().length + " bytes is over the limit of " + articleMaxBytes
                    + " bytes (marsad.article.max.bytes)");
        }
        return articleProblem(record.key(), record.value());
    }

    /**
     * The one "is this a valid article" decision of the importer: decodes the value as a {@link RawArticle} and
     * checks the schema version, the id against the key and the title (the body may be empty). This is where
     * the shared article validation (#13 item 2) replaces the local rules.
     */
    static Optional<String> articleProblem(String key, byte[] value) {
        RawArticle article;
        try {
            article = Json.MAPPER.readValue(value, RawArticle.class);
        } catch (IOException e) {
            return Optional.of("value is not a raw article: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (article == null) {
            return Optional.of("value is JSON null, not a raw article");
        }
        if (article.schemaVersion() < 1 || article.schemaVersion() > RawArticle.SCHEMA_VERSION) {
            return Optional.of("value has unsupported schemaVersion " + article.schemaVersion() + " (1 to "
                    + RawArticle.SCHEMA_VERSION + " are read)");
        }
        if (!key.equals(article.id())) {
            return Optional.of("key " + key + " does not match the value's id " + article.id());
        }
        if (article.title() == null || article.title().isBlank()) {
            return Optional.of("value has no title");
        }
        return Optional.empty();
    }
}
