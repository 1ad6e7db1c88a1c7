package org.marsad.enrich.text.entity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.enrich.text.Field;

/**
 * Proposes the candidates of one field: listed names (gazetteer), quoted names with Latin glosses, and the
 * trained tagger's spans ({@link EntityTagger}). The hand-written rules no longer propose spans of their own; they
 * are features of the tagger ({@link RuleProposals}). A tagger span is then linked to the gazetteer: over exactly
 * a listed name's tokens it is that entry (a listed type corrects the model's, except on a spelling that is also a
 * common word, where the types must agree); otherwise it is linked when its words are listed.
 */
final class CandidateFinder {

    private final Gazetteer gazetteer;
    private final GlossRule glosses;
    private final EntityTagger tagger;
    private final RuleProposals rules;

    CandidateFinder(Gazetteer gazetteer, Lexicon lexicon, EntityTagger tagger) {
        this.gazetteer = gazetteer;
        this.glosses = new GlossRule(lexicon, gazetteer);
        this.tagger = tagger;
        this.rules = new RuleProposals(lexicon, gazetteer);
    }

    List<Candidate> find(FieldText field) {
        List<Candidate> listed = new ArrayList<>();
        for (int i = 0; i < field.tokens().size(); i++) {
            Candidate c = gazetteer.match(field, i);
            if (c != null) {
                listed.add(c);
            }
        }
        List<Candidate> proposed = new ArrayList<>();
        glosses.find(field, proposed);
        // The model learnt from sentence case: on a Title Case headline or keyword line it reads every word as a
        // name, so there the rules' case-free proposals (heads, triggers, given names) stand in for it.
        List<Candidate> spans = isTitleCase(field) ? rules.find(field, false) : tagger.find(field);
        for (Candidate m : spans) {
            proposed.add(sameSpan(m, listed));
        }
        List<Candidate> all = new ArrayList<>(listed);
        proposed.forEach(r -> all.add(link(r, listed)));
        return all;
    }

    /** A title or keyword line whose Latin words of four letters or more are all capitalised (at least two). */
    static boolean isTitleCase(FieldText field) {
        if (field.field() == Field.BODY) {
            return false;
        }
        TokenizedText t = field.tokens();
        int words = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.kind(i) == TokenizedText.Kind.LATIN && t.key(i).length() >= 4) {
                if (!t.isCapitalised(i)) {
                    return false;
                }
                words++;
            }
        }
        return words >= 2;
    }

    /** A model span over exactly a listed name's tokens is that listed name, its type included. */
    private static Candidate sameSpan(Candidate model, List<Candidate> listed) {
        for (Candidate l : listed) {
            if (l.first() == model.first() && l.end() == model.end()) {
                return l;
            }
        }
        return model;
    }

    /**
     * Links a proposed candidate listed under exactly its words, or starting with a listed name of its own type; a
     * run that goes on past that name is cut there ({@code إيلون ماسك طويلا}). A listed name of another type at its
     * start is no cut ({@code Dangote Refinery} stays an ORG), and a listed surname alone inside a longer name is
     * no link: {@code سليم العبادي} is not the listed {@code العبادي}.
     */
    private Candidate link(Candidate rule, List<Candidate> listed) {
        if (rule.id() != null) {
            return rule;
        }
        int entry = gazetteer.exact(rule.field().tokens(), rule.first(), rule.end());
        // a common-word spelling links only when the model read it as that kind of name: Mobile tagged ORG is the
        // phone company, not the city in Alabama
        if (entry >= 0 && (gazetteer.type(entry) == rule.type()
                || !gazetteer.isCommonWord(rule.field().tokens(), rule.first(), rule.end()))) {
            return gazetteer.link(rule, entry);
        }
        for (Candidate l : listed) {
            if (rule.type() == l.type() && l.start() == rule.start() && l.stop() <= rule.stop()) {
                return new Candidate(rule.field(), rule.first(), l.end(), rule.start(), l.stop(), l.type(), l.id(),
                        l.canonical(), rule.tier());
            }
        }
        return rule;
    }
}
