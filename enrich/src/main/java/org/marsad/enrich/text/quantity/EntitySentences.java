package org.marsad.enrich.text.quantity;

import java.util.List;

/** Which sentence of a scanned field an original offset (an entity's start) falls in. */
final class EntitySentences {

    private EntitySentences() {
    }

    /** The sentence of the last token starting at or before {@code originalOffset}; 0 before the first token. */
    static int sentenceAt(FieldScan scan, int originalOffset) {
        List<Token> tokens = scan.tokens();
        int low = 0;
        int high = tokens.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (scan.text().originalStart(tokens.get(mid).start()) <= originalOffset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found < 0 ? 0 : tokens.get(found).sentence();
    }
}
