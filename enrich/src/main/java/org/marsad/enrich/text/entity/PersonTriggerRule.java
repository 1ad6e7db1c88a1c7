package org.marsad.enrich.text.entity;

import java.util.List;
import java.util.Set;
import org.marsad.enrich.text.EntityType;

/**
 * Tags the name after a role or title ({@code الرئيس}, {@code وزير الخارجية}, {@code Senator}) as a PERSON,
 * skipping the descriptive article words that may sit between them ({@code الرئيس الأمريكي}).
 */
final class PersonTriggerRule {

    /** At most this many descriptors: {@code رئيس الوزراء الإسرائيلي السابق}. */
    private static final int MAX_DESCRIPTORS = 3;
    /**
     * Relative pronouns look definite but open a clause, so they end the descriptors; other definite stopwords
     * ({@code العام} in {@code المدير العام}, {@code الأربعاء}) are skipped like any descriptor.
     */
    private static final Set<String> RELATIVES = Set.of("\u0627\u0644\u0630\u064A", "\u0627\u0644\u062A\u064A",
            "\u0627\u0644\u0630\u064A\u0646", "\u0627\u0644\u0644\u0630\u064A\u0646", "\u0627\u0644\u0644\u062A\u064A\u0646");

    private final Lexicon lexicon;
    private final NameTokens names;
    private final Gazetteer gazetteer;

    PersonTriggerRule(Lexicon lexicon, NameTokens names, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.names = names;
        this.gazetteer = gazetteer;
    }

    void find(FieldText field, List<Candidate> out) {
        TokenizedText t = field.tokens();
        for (int i = 0; i < t.size(); i++) {
            PhraseMatch trigger = PhraseMatch.longestAt(lexicon.personTriggers, t, i);
            if (trigger == null) {
                continue;
            }
            int first = skipQualifiers(field, trigger.end());
            int end = nameEnd(t, first);
            if (end > first) {
                out.add(Candidate.over(field, first, end, 0, EntityType.PERSON, null, null, Candidate.RULE));
                i = end - 1;
            }
        }
    }

    private int nameEnd(TokenizedText t, int first) {
        if (first >= t.size()) {
            return first;
        }
        return t.kind(first) == TokenizedText.Kind.LATIN
                ? names.latinEnd(t, first, NameTokens.MAX_PERSON)
                : names.arabicPersonEnd(t, first);
    }

    /**
     * Skips what qualifies the role before the name: descriptors, then at most one employer or country
     * ({@code الرئيس التنفيذي لشركة أبل تيم كوك}, {@code رئيس وزراء اليابان ...}), then descriptors again.
     */
    private int skipQualifiers(FieldText field, int token) {
        TokenizedText t = field.tokens();
        int k = skipDescriptors(t, token);
        if (k >= t.size()) {
            return k;
        }
        PhraseMatch head = PhraseMatch.longestAt(lexicon.nameHeads, t, k);
        if (head != null && head.end() < t.size()) {
            Candidate listed = gazetteer.match(field, head.end());
            int end = listed != null ? listed.end() : t.kind(head.end()) == TokenizedText.Kind.LATIN
                    ? names.latinEnd(t, head.end(), NameTokens.MAX_LATIN)
                    : names.arabicNameEnd(t, head.end(), Lexicon.headMode(head.payload()));
            return end > head.end() ? skipDescriptors(t, end) : k;
        }
        Candidate listed = gazetteer.match(field, k);
        if (listed != null && listed.type() != EntityType.PERSON) {
            return skipDescriptors(t, listed.end());
        }
        return k;
    }

    /**
     * Skips the abbreviation dot of {@code Mr.} and Arabic definite words describing the role, with or
     * without a preposition ({@code المدير العام للشركة}).
     */
    private int skipDescriptors(TokenizedText t, int token) {
        int k = token;
        if (k < t.size() && t.isPunct(k, '.')) {
            return k + 1;
        }
        while (k < t.size() && k - token < MAX_DESCRIPTORS && t.kind(k) == TokenizedText.Kind.ARABIC
                && t.isDefinite(k) && !RELATIVES.contains(t.key(k))) {
            k++;
        }
        return k;
    }
}
