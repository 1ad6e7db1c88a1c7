package org.marsad.enrich.text.quantity;

import java.util.List;
import org.marsad.enrich.text.Qualifier;

/**
 * Reads the hedge around an amount: a qualifier phrase just before it ({@code ما يصل إلى}, {@code more than})
 * or, for the phrases that may follow, just after it ({@code 5 ملايين دولار على الأقل}). Ranges and vague
 * amounts keep the qualifier their form gave them; everything else without a hedge is exact.
 */
final class QualifierReader {

    private final Lexicon lexicon;

    QualifierReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Qualifier read(List<Token> tokens, Draft draft) {
        if (draft.qualifier() != null) {
            return draft.qualifier();
        }
        PhraseTable.Match<Lexicon.Hedge> before = lexicon.qualifiers.endingAt(tokens, draft.startToken());
        if (before != null && before.value().position().before()) {
            return before.value().qualifier();
        }
        PhraseTable.Match<Lexicon.Hedge> after = lexicon.qualifiers.at(tokens, draft.endToken());
        if (after != null && after.value().position().after()) {
            return after.value().qualifier();
        }
        return Qualifier.EXACT;
    }
}
