package org.marsad.enrich.text.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Tags a Latin gloss in parentheses right after a chosen entity, {@code شركة ميتا (Meta)}, as a second
 * mention of the same entity; a listed gloss also links an unlisted entity before it.
 */
final class Glosses {

    private final Gazetteer gazetteer;

    Glosses(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Candidate> attach(List<Candidate> chosen) {
        List<Candidate> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            TokenizedText t = c.field().tokens();
            int close = c.end() < t.size() ? GlossRule.glossEnd(t, c.end()) : -1;
            if (close < 0 || chosen.stream().anyMatch(o -> o.first() > c.end() && o.first() < close)) {
                out.add(c);
                continue;
            }
            int entry = c.id() == null ? gazetteer.exact(t, c.end() + 1, close) : -1;
            Candidate owner = entry < 0 ? c : gazetteer.link(c, entry);
            out.add(owner);
            out.add(Candidate.over(c.field(), c.end() + 1, close, 0, owner.type(), owner.id(), owner.canonical(),
                    owner.tier()));
        }
        return out;
    }
}
