package org.marsad.enrich.text.entity;

import java.util.List;
import org.marsad.enrich.text.EntityType;

/**
 * Tags the name after a head word with the head's type: an organisation after {@code شركة}, {@code وزارة},
 * {@code حزب}, a place after {@code مدينة}, {@code محافظة}. The name is a quoted one, a Latin-script one,
 * or Arabic words shaped like a name.
 */
final class HeadRule {

    private static final char WAW = '\u0648';
    /** A quoted name longer than this is a quotation, not a name. */
    private static final int MAX_QUOTED = 6;

    private final Lexicon lexicon;
    private final NameTokens names;
    private final Gazetteer gazetteer;

    HeadRule(Lexicon lexicon, NameTokens names, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.names = names;
        this.gazetteer = gazetteer;
    }

    void find(FieldText field, List<Candidate> out) {
        TokenizedText t = field.tokens();
        for (int i = 0; i < t.size(); i++) {
            PhraseMatch head = PhraseMatch.longestAt(lexicon.nameHeads, t, i);
            if (head == null || head.end() >= t.size()) {
                continue;
            }
            Candidate found = after(field, head);
            if (found != null) {
                out.add(found);
                i = found.end() - 1;
            }
        }
    }

    private Candidate after(FieldText field, PhraseMatch head) {
        TokenizedText t = field.tokens();
        int k = head.end();
        EntityType type = Lexicon.headType(head.payload());
        if (t.isPunct(k, '"')) {
            int close = closingQuote(t, k);
            return close > k + 1 ? name(field, k + 1, close, 0, type) : null;
        }
        if (t.kind(k) == TokenizedText.Kind.LATIN) {
            int end = latinName(t, k);
            return end > k ? name(field, k, end, 0, type) : null;
        }
        int mode = Lexicon.headMode(head.payload());
        Candidate listed = gazetteer.match(field, k);
        // A listed name right after the head ends the name there: in لشركة أبل تيم كوك the person follows,
        // in بنك مصر لتدريب the purpose does.
        int end = listed != null ? listed.end() : names.arabicNameEnd(t, k, mode);
        if (end == k || endsAtListedName(field, head, end)) {
            return null;
        }
        boolean headInside = Lexicon.headInside(mode, t, k, end);
        if (listed != null && !headInside) {
            // وكالة الأونروا: the head only introduces the listed name, which keeps its id. With the head inside
            // (بنك مصر) the head and name together are another entity than the listed one.
            return listed;
        }
        return headInside ? name(field, head.first(), end, head.skip(), type) : name(field, k, end, 0, type);
    }

    /**
     * Whether a name listed whole from the head ({@code حزب الله}) ends before the rule's chain does, the
     * chain going on only by a conjoined word ({@code حزب الله والحكومة}): the listed name stands, since a
     * conjoined name ({@code العدالة والتنمية}) is listed whole when it is one.
     */
    private boolean endsAtListedName(FieldText field, PhraseMatch head, int end) {
        Candidate whole = gazetteer.match(field, head.first());
        return whole != null && whole.end() < end && field.tokens().key(whole.end()).charAt(0) == WAW;
    }

    /** Index of the quote closing the one at {@code open}, or -1 when absent or too far. */
    static int closingQuote(TokenizedText t, int open) {
        for (int k = open + 1; k < t.size() && k - open <= MAX_QUOTED + 1; k++) {
            if (t.isPunct(k, '"')) {
                return k;
            }
            if (!t.isWord(k) && t.kind(k) != TokenizedText.Kind.NUMBER && !t.isPunct(k, '-')) {
                return -1;
            }
        }
        return -1;
    }

    /** End of a Latin name, joining words with {@code - . &} ({@code Coca-Cola}, {@code AT&T}). */
    private int latinName(TokenizedText t, int first) {
        int end = first;
        int k = first;
        while (k < t.size() && k - first < NameTokens.MAX_LATIN * 2) {
            if (t.kind(k) == TokenizedText.Kind.LATIN || t.kind(k) == TokenizedText.Kind.NUMBER) {
                end = ++k;
            } else if ((t.isPunct(k, '-') || t.isPunct(k, '&') || t.isPunct(k, '.')) && k + 1 < t.size()
                    && t.kind(k + 1) == TokenizedText.Kind.LATIN) {
                k++;
            } else {
                break;
            }
        }
        return end;
    }

    private static Candidate name(FieldText field, int first, int end, int skip, EntityType type) {
        return Candidate.over(field, first, end, skip, type, null, null, Candidate.RULE);
    }
}
