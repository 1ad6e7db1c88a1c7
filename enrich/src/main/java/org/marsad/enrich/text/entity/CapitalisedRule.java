package org.marsad.enrich.text.entity;

import java.util.List;
import java.util.Set;
import org.marsad.enrich.text.EntityType;

/**
 * Proposes unlisted English names from runs of capitalised words, as weak candidates that any listed or
 * rule-based candidate overrides.
 *
 * <p>Precision first: a lone capitalised word is not proposed (it is too often a sentence opener, a
 * weekday or an adjective of nationality); a run is typed ORG by an organisation word anywhere in it
 * ({@code Acme Corp}, {@code Bank of England}); by the apposition after it ({@code Tafeghaghte, a village in}
 * LOC, {@code Northwind, a company that} ORG, {@code Dana Reyes, a strategist at} PERSON); PERSON when a
 * speech verb follows ({@code Dana Whitfield said}) or precedes it before a comma ({@code said Dana Whitfield,
 * a trader}); else MISC. A run at a sentence start keeps its first word when an apposition follows, and a
 * lone word is proposed when the apposition names a place or an organisation.
 */
final class CapitalisedRule {

    /** Articles that open an apposition describing the run before the comma. */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Role words that open an apposition with no article; alone they are its noun ({@code , chief at}). */
    private static final Set<String> ROLE_OPENERS = Set.of("chief", "senior", "former", "deputy", "head", "founder",
            "co-founder", "executive", "managing");
    /** Words that end the apposition's noun phrase: its noun is the word before. */
    private static final Set<String> APPOSITION_ENDS = Set.of("in", "of", "at", "on", "for", "from", "with", "that",
            "which", "who", "whose", "based", "near", "and", "to");
    private static final int MAX_APPOSITION_WORDS = 4;

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
            EntityType apposed = appositionType(t, end);
            // An apposition vouches for a sentence opener (Carlos Mendes, chief economist at ...) and, naming a
            // place or an organisation, for a lone word (Tafeghaghte, a village in ...).
            int first = apposed != null && end - i >= 2 && allCapitalised(t, i, end) ? i : firstAfterOpener(t, i, end);
            boolean lone = end - first == 1 && !t.startsSentence(first) && apposed != null && apposed != EntityType.PERSON;
            if (end - first >= 2 || lone) {
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

    private static boolean allCapitalised(TokenizedText t, int first, int end) {
        for (int k = first; k < end; k++) {
            if (!t.isCapitalised(k)) {
                return false;
            }
        }
        return true;
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
        for (int k = first; k < end; k++) {
            // Northwind Bank, Bank of England, National Association of Realtors.
            if (lexicon.orgSuffixes.contains(t.key(k))) {
                return EntityType.ORG;
            }
        }
        EntityType apposed = appositionType(t, end);
        if (apposed != null) {
            return apposed;
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

    /**
     * The type an apposition gives the run ending before {@code end}: {@code ", a village in"} LOC,
     * {@code ", a company that"} ORG, {@code ", a strategist at"}, {@code ", who"}, {@code ", 45,"} PERSON;
     * null without one. The apposition's noun is its last word before a preposition or punctuation; a speech
     * verb there makes it a reporting clause ({@code ..., the company said}), which describes nothing.
     */
    private EntityType appositionType(TokenizedText t, int end) {
        if (end + 1 >= t.size() || !t.isPunct(end, ',')) {
            return null;
        }
        String opener = t.surface(end + 1);
        if (opener.equals("who") || opener.equals("whose")) {
            return EntityType.PERSON;
        }
        if (!ARTICLES.contains(opener) && !ROLE_OPENERS.contains(opener)) {
            return null;
        }
        String noun = null;
        for (int k = end + 2; k < t.size() && k <= end + 1 + MAX_APPOSITION_WORDS; k++) {
            if (lexicon.speechVerbs.contains(t.key(k))) {
                // "..., the company said": a reporting clause, not a description of the run before it.
                return null;
            }
            if (t.kind(k) != TokenizedText.Kind.LATIN || t.isCapitalised(k) || APPOSITION_ENDS.contains(t.surface(k))) {
                break;
            }
            noun = t.key(k);
        }
        if (noun == null && ROLE_OPENERS.contains(opener)) {
            noun = t.key(end + 1);
        }
        return noun == null ? null : lexicon.appositionNouns.getOrDefault(noun, EntityType.PERSON);
    }
}
