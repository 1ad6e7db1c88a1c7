package org.marsad.enrich.text.entity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.enrich.text.EntityType;
import org.marsad.enrich.text.Field;

/**
 * Runs every matcher over one field, in a fixed order that decides ties: listed names, glosses,
 * name heads, person triggers, given names, then capitalised runs; rule candidates are then linked to the
 * gazetteer when their words are listed.
 */
final class CandidateFinder {

    private final Gazetteer gazetteer;
    private final GlossRule glosses;
    private final HeadRule heads;
    private final GivenNameRule givenNames;
    private final PersonTriggerRule triggers;
    private final CapitalisedRule capitalised;

    CandidateFinder(Gazetteer gazetteer, Lexicon lexicon) {
        NameTokens names = new NameTokens(lexicon);
        this.gazetteer = gazetteer;
        this.glosses = new GlossRule(lexicon, gazetteer);
        this.heads = new HeadRule(lexicon, names, gazetteer);
        this.givenNames = new GivenNameRule(lexicon, names, gazetteer);
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
        heads.find(field, rules);
        triggers.find(field, rules);
        givenNames.find(field, rules);
        // Title-case headlines and keyword lines capitalise every word, so only the body is searched by case.
        if (field.field() == Field.BODY) {
            capitalised.find(field, rules);
        }
        List<Candidate> all = new ArrayList<>(listed);
        rules.forEach(r -> all.add(link(r, listed)));
        return all;
    }

    /**
     * Links a rule candidate listed under exactly its words, or starting with a listed person's name; a person
     * run that goes on past that name is cut there ({@code إيلون ماسك طويلا}). A listed surname alone inside
     * a longer name is no link: {@code سليم العبادي} is not the listed {@code العبادي}.
     */
    private Candidate link(Candidate rule, List<Candidate> listed) {
        if (rule.id() != null) {
            return rule;
        }
        int entry = gazetteer.exact(rule.field().tokens(), rule.first(), rule.end());
        if (entry >= 0) {
            return gazetteer.link(rule, entry);
        }
        for (Candidate l : listed) {
            if (rule.type() == EntityType.PERSON && l.type() == EntityType.PERSON && l.start() == rule.start()
                    && l.stop() <= rule.stop()) {
                return new Candidate(rule.field(), rule.first(), l.end(), rule.start(), l.stop(), l.type(), l.id(),
                        l.canonical(), rule.tier());
            }
        }
        return rule;
    }
}
