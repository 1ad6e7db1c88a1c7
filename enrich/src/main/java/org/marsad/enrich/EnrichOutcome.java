package org.marsad.enrich;

import org.marsad.model.EnrichedArticle;

/**
 * What the enrich step made of one raw record: an enriched article, a rejection with its reason and the
 * original bytes, or a tombstone (a takedown) to pass on.
 */
record EnrichOutcome(EnrichedArticle enriched, byte[] rejectedBytes, String reason) {

    static EnrichOutcome enriched(EnrichedArticle article) {
        return new EnrichOutcome(article, null, null);
    }

    static EnrichOutcome rejected(byte[] bytes, String reason) {
        return new EnrichOutcome(null, bytes, reason);
    }

    static EnrichOutcome tombstone() {
        return new EnrichOutcome(null, null, null);
    }

    boolean isRejected() {
        return reason != null;
    }
}
