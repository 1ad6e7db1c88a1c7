package org.marsad.enrich.text.entity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.enrich.text.Field;

/**
 * The hand-written rules as a feature: what the name-head, person-trigger, given-name and capitalised-run rules
 * would tag in a sentence, as {@code B-TYPE}/{@code I-TYPE} per token (weak capitalisation guesses marked
 * {@code ~}). The model learns when to believe them; they no longer decide alone.
 */
final class RuleProposals {

    private final HeadRule heads;
    private final PersonTriggerRule triggers;
    private final GivenNameRule givenNames;
    private final CapitalisedRule capitalised;

    RuleProposals(Lexicon lexicon, Gazetteer gazetteer) {
        NameTokens names = new NameTokens(lexicon);
        heads = new HeadRule(lexicon, names, gazetteer);
        triggers = new PersonTriggerRule(lexicon, names, gazetteer);
        givenNames = new GivenNameRule(lexicon, names, gazetteer);
        capitalised = new CapitalisedRule(lexicon);
    }

    /**
     * The rules' candidates in {@code field}; capitalised runs only when {@code byCase}, since a Title Case
     * headline capitalises every word.
     */
    List<Candidate> find(FieldText field, boolean byCase) {
        List<Candidate> found = new ArrayList<>();
        heads.find(field, found);
        triggers.find(field, found);
        givenNames.find(field, found);
        if (byCase) {
            capitalised.find(field, found);
        }
        return found;
    }

    String[] tags(TokenizedText tokens) {
        String[] tags = new String[tokens.size()];
        for (Candidate c : Overlaps.resolve(find(new FieldText(Field.BODY, null, tokens), true))) {
            for (int k = c.first(); k < c.end(); k++) {
                tags[k] = BioTags.of(c.type(), c.tier() == Candidate.WEAK, k == c.first());
            }
        }
        return tags;
    }
}
