package org.marsad.enrich.text.entity;

import java.util.List;
import org.marsad.text.Proclitics;

/**
 * The longest phrase of a {@link PhraseIndex} starting at a token, clitics on that first token allowed.
 *
 * @param first first token
 * @param end exclusive end token
 * @param skip normalised chars of the first token outside the span (a stripped proclitic)
 * @param payload the phrase's payload
 */
record PhraseMatch(int first, int end, int skip, int payload) {

    /** Longest match at {@code first}; the unstripped token wins a tie, so a listed word keeps its clitic-like letter. */
    static PhraseMatch longestAt(PhraseIndex index, TokenizedText tokens, int first) {
        if (!tokens.isWord(first)) {
            return null;
        }
        PhraseMatch best = null;
        List<Proclitics.Variant> variants = tokens.variants(first);
        for (Proclitics.Variant variant : variants) {
            PhraseMatch match = walk(index, tokens, first, variant);
            if (match != null && (best == null || match.end() > best.end())) {
                best = match;
            }
        }
        return best;
    }

    private static PhraseMatch walk(PhraseIndex index, TokenizedText tokens, int first, Proclitics.Variant variant) {
        int node = index.child(PhraseIndex.ROOT, variant.key());
        PhraseMatch best = null;
        int token = first + 1;
        while (node != PhraseIndex.NONE) {
            if (index.payload(node) != PhraseIndex.NONE) {
                best = new PhraseMatch(first, token, variant.skip(), index.payload(node));
            }
            if (token >= tokens.size()) {
                break;
            }
            node = index.child(node, tokens.key(token));
            token++;
        }
        return best;
    }
}
