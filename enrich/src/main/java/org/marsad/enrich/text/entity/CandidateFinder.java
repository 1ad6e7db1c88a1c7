package org.marsad.enrich.text.entity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.enrich.text.EntityType;
import org.marsad.enrich.text.Field;

/**
 * Runs every matcher over one field, in a fixed order that decides ties: listed names, glosses,
 * organisation heads, person triggers, then capitalised runs; rule candidates are then linked to the
 * gazetteer when their words are listed.
 */
final class CandidateFinder {

    private final Gazetteer gazetteer;
    private final GlossRule glosses;
    private final OrgHeadRule orgHeads;
    private final PersonTriggerRule triggers;
    private final CapitalisedRule capitalised;

    CandidateFinder(Gazetteer gazetteer, Lexicon lexicon) {
        NameTokens names = new NameTokens(lexicon);
        this.gazetteer = gazetteer;
        this.glosses = new GlossRule(lexicon, gazetteer);
        this.orgHeads = new OrgHeadRule(lexicon, names, gazetteer);
        this.triggers = new PersonTriggerRule(lexicon, names, gazetteer);
        this.capitalised = new CapitalisedRule(lexicon);
    }

    List<Candidate> find(FieldText field) {
        List<Candidate> listed = new ArrayList<>();
        for (int i = 0; i < field.tokens().size(); i++) {
            Candidate c = gazetteer.match(field, i);
            if (c != null) {
                listed.add(c);
            }
        }
        List<Candidate> rules = new ArrayList<>();
        glosses.find(field, rules);
        orgHeads.find(field, rules);
        triggers.find(field, rules);
        // Title-case headlines and keyword lines capitalise every word, so only the body is searched by case.
        if (field.field() == Field.BODY) {
            capitalised.find(field, rules);
        }
        List<Candidate> all = new ArrayList<>(listed);
        rules.forEach(r -> all.add(link(r, listed)));
        return all;
    }

    /** Links a rule candidate listed under exactly its words, or containing a listed name of its own type. */
    private Candidate link(Candidate rule, List<Candidate> listed) {
        if (rule.id() != null) {
            return rule;
        }
        int entry = gazetteer.exact(rule.field().tokens(), rule.first(), rule.end());
        if (entry >= 0) {
            return gazetteer.link(rule, entry);
        }
        for (Candidate l : listed) {
            if (rule.type() == EntityType.PERSON && l.type() == EntityType.PERSON && l.start() >= rule.start()
                    && l.stop() <= rule.stop()) {
                return rule.relinked(l.type(), l.id(), l.canonical());
            }
        }
        return rule;
    }
}
