package org.marsad.enrich.text.entity;

import java.util.List;
import org.marsad.enrich.text.EntityType;

/**
 * Tags a common given name followed by a name-shaped word as a PERSON ({@code محمد العلي}, {@code John
 * Harlow}), the way a reader recognises a person nobody introduced. A given name that is also a common
 * word ({@code سعيد}, {@code نور}) is no evidence on its own: it needs a trigger or the gazetteer.
 */
final class GivenNameRule {

    private final Lexicon lexicon;
    private final NameTokens names;

    GivenNameRule(Lexicon lexicon, NameTokens names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    void find(FieldText field, List<Candidate> out) {
        TokenizedText t = field.tokens();
        for (int i = 0; i < t.size(); i++) {
            PhraseMatch given = PhraseMatch.longestAt(lexicon.givenNames, t, i);
            if (given == null || given.end() >= t.size()) {
                continue;
            }
            int end = end(t, given);
            if (end > given.end()) {
                out.add(Candidate.over(field, i, end, given.skip(), EntityType.PERSON, null, null, Candidate.RULE));
                i = end - 1;
            }
        }
    }

    private int end(TokenizedText t, PhraseMatch given) {
        int next = given.end();
        if (t.kind(given.first()) == TokenizedText.Kind.LATIN) {
            return t.isCapitalised(given.first()) ? names.latinEnd(t, next, NameTokens.MAX_PERSON - 1) : next;
        }
        if (lexicon.ambiguous.contains(t.key(given.first()).substring(given.skip()))) {
            return next;
        }
        return names.surnameEnd(t, Math.max(next, names.compoundEnd(t, given.first())), given.first());
    }
}
