package org.marsad.enrich.text.entity;

import java.util.List;
import org.marsad.enrich.text.EntityType;

/**
 * Tags a quoted Arabic name followed by a Latin gloss in parentheses, {@code "ميتا بلاتفورمز" (Meta
 * Platforms)}, as one entity written twice: both spans are tagged with the same type and link, because
 * both are mentions a reader may search for. A listed gloss decides type and link; otherwise the head or
 * trigger before the quote, or an organisation suffix in the gloss, decides the type, else MISC.
 */
final class GlossRule {

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;

    GlossRule(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    void find(FieldText field, List<Candidate> out) {
        TokenizedText t = field.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!t.isPunct(i, '"')) {
                continue;
            }
            int close = HeadRule.closingQuote(t, i);
            int glossEnd = close > i + 1 ? glossEnd(t, close + 1) : -1;
            if (glossEnd < 0) {
                continue;
            }
            Candidate name = Candidate.over(field, i + 1, close, 0, typeBefore(t, i, close + 2, glossEnd), null,
                    null, Candidate.RULE);
            Candidate gloss = Candidate.over(field, close + 2, glossEnd, 0, name.type(), null, null, Candidate.RULE);
            int entry = gazetteer.exact(t, close + 2, glossEnd);
            if (entry < 0) {
                entry = gazetteer.exact(t, i + 1, close);
            }
            out.add(entry < 0 ? name : gazetteer.link(name, entry));
            out.add(entry < 0 ? gloss : gazetteer.link(gloss, entry));
            i = glossEnd;
        }
    }

    /** End of the Latin words inside {@code ( ... )} opening at {@code open}, or -1 when it is no gloss. */
    static int glossEnd(TokenizedText t, int open) {
        if (open + 1 >= t.size() || !t.isPunct(open, '(') || t.kind(open + 1) != TokenizedText.Kind.LATIN) {
            return -1;
        }
        for (int k = open + 1; k < t.size() && k - open <= NameTokens.MAX_LATIN * 2; k++) {
            if (t.isPunct(k, ')')) {
                return k;
            }
            if (t.kind(k) == TokenizedText.Kind.ARABIC) {
                return -1;
            }
        }
        return -1;
    }

    private EntityType typeBefore(TokenizedText t, int quote, int glossFirst, int glossEnd) {
        for (int k = Math.max(0, quote - 2); k < quote; k++) {
            PhraseMatch head = PhraseMatch.longestAt(lexicon.nameHeads, t, k);
            if (head != null && head.end() == quote) {
                return EntityType.ORG;
            }
            PhraseMatch trigger = PhraseMatch.longestAt(lexicon.personTriggers, t, k);
            if (trigger != null && trigger.end() == quote) {
                return EntityType.PERSON;
            }
        }
        for (int k = glossFirst; k < glossEnd; k++) {
            if (lexicon.orgSuffixes.contains(t.key(k))) {
                return EntityType.ORG;
            }
        }
        return EntityType.MISC;
    }
}
