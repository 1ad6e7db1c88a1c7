package org.marsad.enrich.text.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.marsad.enrich.text.EntityType;
import org.marsad.text.Proclitics;

/**
 * Extends what one part of a document established to the rest of it: once {@code جاريد إيزاكمان} is a
 * PERSON, a bare {@code إيزاكمان}, {@code لإيزاكمان} or a one-letter variant of it anywhere in the title,
 * body or keywords is the same entity.
 *
 * <p>Only tokens left untagged are considered, and only names that are distinctive: a surname of a
 * multi-word person, or a one-word name a rule or the gazetteer settled; never a stopword or a word that
 * is also a common noun.
 */
final class DocumentConsistency {

    /** Shortest key a one-edit spelling variant may be matched against; shorter words collide too easily. */
    private static final int MIN_FUZZY = 5;
    private static final int MIN_KEY = 3;

    private final Lexicon lexicon;

    DocumentConsistency(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Candidate> extend(List<FieldText> fields, List<Candidate> chosen) {
        Map<String, Candidate> known = knownNames(chosen);
        if (known.isEmpty()) {
            return chosen;
        }
        List<Candidate> all = new ArrayList<>(chosen.size());
        chosen.forEach(c -> all.add(relinkSurname(c, known)));
        for (FieldText field : fields) {
            for (int i = 0; i < field.tokens().size(); i++) {
                Candidate found = mention(field, i, known);
                if (found != null && all.stream().noneMatch(found::overlaps)) {
                    all.add(found);
                }
            }
        }
        return all;
    }

    /**
     * A lone surname takes the identity of the full name the document gave it: after {@code سليم العبادي}, a bare
     * {@code العبادي} is that person, not another listed one with that surname; and an unlisted one-word span the
     * tagger typed otherwise ({@code إيزاكمان} as ORG after {@code جاريد إيزاكمان}) keeps the person's type, so
     * a name has one type per article.
     */
    private static Candidate relinkSurname(Candidate c, Map<String, Candidate> known) {
        if (c.end() - c.first() != 1 || c.type() != EntityType.PERSON && c.id() != null) {
            return c;
        }
        Candidate full = null;
        for (Proclitics.Variant v : c.field().tokens().variants(c.first())) {
            full = full == null ? known.get(v.key()) : full;
        }
        if (full == null || full == c || full.end() - full.first() < 2
                || Objects.equals(full.id(), c.id()) && full.type() == c.type()) {
            return c;
        }
        return c.relinked(full.type(), full.id(), full.canonical() == null ? full.text() : full.canonical());
    }

    private Map<String, Candidate> knownNames(List<Candidate> chosen) {
        Map<String, Candidate> known = new HashMap<>();
        for (Candidate c : chosen) {
            int words = c.end() - c.first();
            boolean surname = c.type() == EntityType.PERSON && words >= 2;
            if ((surname || words == 1) && c.tier() != Candidate.WEAK) {
                String key = c.field().tokens().key(c.end() - 1);
                if (key.length() >= MIN_KEY && !lexicon.isStop(key) && !lexicon.ambiguous.contains(key)) {
                    // A full name beats a lone surname seen earlier: it is what the surname refers back to.
                    known.merge(key, c, (old, neu) -> old.end() - old.first() < 2 && words >= 2 ? neu : old);
                }
            }
        }
        return known;
    }

    private Candidate mention(FieldText field, int token, Map<String, Candidate> known) {
        TokenizedText t = field.tokens();
        if (!t.isWord(token) || (t.kind(token) == TokenizedText.Kind.LATIN && !t.isCapitalised(token))) {
            return null;
        }
        for (Proclitics.Variant v : t.variants(token)) {
            Candidate source = lookup(v.key(), known);
            if (source != null) {
                return Candidate.over(field, token, token + 1, v.skip(), source.type(), source.id(),
                        source.canonical() == null ? source.text() : source.canonical(), Candidate.RULE);
            }
        }
        return null;
    }

    private static Candidate lookup(String key, Map<String, Candidate> known) {
        Candidate exact = known.get(key);
        if (exact != null || key.length() < MIN_FUZZY) {
            return exact;
        }
        // Spelling variants are a transliteration problem of foreign surnames; an article word one letter
        // away from a listed place is usually another word (العراق, الفراق), so those never match fuzzily.
        if (Proclitics.hasArticle(key)) {
            return null;
        }
        for (Map.Entry<String, Candidate> e : known.entrySet()) {
            String name = e.getKey();
            if (e.getValue().type() == EntityType.PERSON && name.length() >= MIN_FUZZY
                    && name.charAt(0) == key.charAt(0) && EditDistance.atMostOne(name, key)) {
                return e.getValue();
            }
        }
        return null;
    }
}
