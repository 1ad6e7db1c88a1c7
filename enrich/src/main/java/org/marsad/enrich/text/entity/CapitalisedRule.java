package org.marsad.enrich.text.entity;

import java.util.List;
import org.marsad.enrich.text.EntityType;

/**
 * Proposes unlisted English names from runs of capitalised words, as weak candidates that any listed or
 * rule-based candidate overrides.
 *
 * <p>Precision first: a lone capitalised word is not proposed (it is too often a sentence opener, a
 * weekday or an adjective of nationality); a run is typed ORG by a company suffix ({@code Acme Corp}),
 * PERSON when a speech verb follows ({@code Dana Whitfield said}) or precedes it before a comma
 * ({@code said Dana Whitfield, a trader}), else MISC.
 */
final class CapitalisedRule {

    private final Lexicon lexicon;

    CapitalisedRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void find(FieldText field, List<Candidate> out) {
        TokenizedText t = field.tokens();
        int i = 0;
        while (i < t.size()) {
            if (!t.isCapitalised(i) || lexicon.isStop(t.key(i))) {
                i++;
                continue;
            }
            int end = runEnd(t, i);
            int first = firstAfterOpener(t, i, end);
            if (end - first >= 2) {
                out.add(Candidate.over(field, first, end, 0, type(t, first, end), null, null, Candidate.WEAK));
            }
            i = end;
        }
    }

    /**
     * A sentence opener is capitalised anyway, so it is no evidence: the run starts after it, unless all that
     * would be left is a company suffix ({@code Microsoft Corp}), which vouches for the opener.
     */
    private int firstAfterOpener(TokenizedText t, int start, int end) {
        if (!t.startsSentence(start)) {
            return start;
        }
        int first = start + 1;
        while (first < end && !t.isCapitalised(first)) {
            first++;
        }
        boolean suffixed = lexicon.orgSuffixes.contains(t.key(end - 1));
        return suffixed && end - first < 2 ? start : first;
    }

    /** Capitalised words, joined by a lower-case {@code of}, {@code for} or {@code &} between two of them. */
    private int runEnd(TokenizedText t, int first) {
        int end = first + 1;
        while (end < t.size()) {
            if (t.isCapitalised(end) && !lexicon.isStop(t.key(end))) {
                end++;
            } else if (isConnector(t, end) && end + 1 < t.size() && t.isCapitalised(end + 1)
                    && !lexicon.isStop(t.key(end + 1))) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean isConnector(TokenizedText t, int token) {
        String surface = t.surface(token);
        return surface.equals("of") || surface.equals("for") || surface.equals("&");
    }

    private EntityType type(TokenizedText t, int first, int end) {
        if (lexicon.orgSuffixes.contains(t.key(end - 1))) {
            return EntityType.ORG;
        }
        boolean plain = end - first <= NameTokens.MAX_PERSON;
        for (int k = first; k < end && plain; k++) {
            plain = t.kind(k) == TokenizedText.Kind.LATIN;
        }
        // "Dana Whitfield said", and the wire's inverted attribution "..., said Can Ozturk, a strategist".
        boolean speaksAfter = end < t.size() && lexicon.speechVerbs.contains(t.key(end));
        boolean attributedBefore = first > 0 && lexicon.speechVerbs.contains(t.key(first - 1))
                && end < t.size() && t.isPunct(end, ',');
        if (plain && (speaksAfter || attributedBefore)) {
            return EntityType.PERSON;
        }
        return EntityType.MISC;
    }
}
