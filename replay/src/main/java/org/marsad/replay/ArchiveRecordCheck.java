package org.marsad.replay;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.marsad.model.Json;
import org.marsad.model.RawArticle;
import org.marsad.validation.ArticleValidation;
import org.marsad.validation.Violation;

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
     * checks the id against the key, then the rules every stage shares ({@link ArticleValidation}: schema
     * version, id, title; the body may be empty).
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
        if (!key.equals(article.id())) {
            return Optional.of("key " + key + " does not match the value's id " + article.id());
        }
        List<Violation> violations = ArticleValidation.validate(article);
        return violations.isEmpty() ? Optional.empty() : Optional.of("value is not a valid article: "
                + violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
    }
}
