package org.marsad.enrich;

import java.util.List;
import java.util.Optional;
import org.marsad.validation.ArticleValidation;
import org.marsad.validation.Violation;

/**
 * Decides whether a raw article can be enriched: the shared {@link ArticleValidation} rules (so every article
 * ingest accepts is tagged, title-only ones included), plus the one rule only a topic reader can check, the
 * record key equal to the id. A rejection names the field and the reason, and is sent to the dead-letter
 * topic by the topology's {@code rejected} branch.
 */
final class ArticleValidator {

    private final int maxBytes;

    ArticleValidator(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Empty when the article is valid, else why it is not. */
    Optional<Rejection> rejection(String key, ReceivedArticle received) {
        Optional<Violation> tooLarge = ArticleValidation.size(received.bytes().length, maxBytes);
        if (tooLarge.isPresent()) {
            return Optional.of(new Rejection(Rejection.Reason.TOO_LARGE, tooLarge.get().field(), tooLarge.get().message()));
        }
        List<Violation> violations = ArticleValidation.validate(received.article());
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            return Optional.of(new Rejection(Rejection.Reason.INVALID_FIELD, first.field(), first.message()));
        }
        if (!received.article().id().equals(key)) {
            return Optional.of(new Rejection(Rejection.Reason.KEY_MISMATCH, "id",
                    "record key " + key + " does not match field id " + received.article().id()));
        }
        return Optional.empty();
    }
}
