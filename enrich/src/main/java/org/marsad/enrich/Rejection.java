package org.marsad.enrich;

import java.util.Objects;

/**
 * Why enrich refused a raw record: a reason code and a field, both from closed sets so that they can be metric
 * tags, and the one-line message that goes into the dead-letter headers.
 *
 * @param reason the kind of rejection
 * @param field the RawArticle field at fault ({@code article} for the whole record)
 * @param message the dead-letter reason, naming the field and what is wrong
 */
record Rejection(Reason reason, String field, String message) {

    /** Reason codes, as tagged on {@code marsad_enrich_rejections_total}. */
    enum Reason {
        TOO_LARGE, INVALID_FIELD, KEY_MISMATCH;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
