package org.marsad.enrich.text.entity;

import org.marsad.enrich.text.EntitySpan;
import org.marsad.enrich.text.EntityType;

/**
 * A possible entity in one field, before overlaps are resolved.
 *
 * @param field the field and its tokens
 * @param first first token
 * @param end exclusive end token
 * @param start original UTF-16 start, clitic excluded
 * @param stop original UTF-16 exclusive end
 * @param type entity type
 * @param id gazetteer id or null
 * @param canonical listed name, or null for the mention itself
 * @param tier evidence strength: {@link #LISTED} and rules beat {@link #WEAK} capitalisation guesses
 */
record Candidate(FieldText field, int first, int end, int start, int stop, EntityType type, String id,
        String canonical, int tier) {

    static final int WEAK = 0;
    static final int RULE = 1;
    static final int MODEL = 2;
    static final int LISTED = 3;

    /** A candidate over tokens {@code [first, end)}, skipping {@code skip} normalised chars of the first. */
    static Candidate over(FieldText field, int first, int end, int skip, EntityType type, String id,
            String canonical, int tier) {
        TokenizedText t = field.tokens();
        return new Candidate(field, first, end, t.originalStart(first, skip), t.originalEnd(end), type, id,
                canonical, tier);
    }

    String text() {
        return field.tokens().original().substring(start, stop);
    }

    Candidate relinked(EntityType newType, String newId, String newCanonical) {
        return new Candidate(field, first, end, start, stop, newType, newId, newCanonical, tier);
    }

    boolean overlaps(Candidate other) {
        return field.equals(other.field) && start < other.stop && other.start < stop;
    }

    /** The span handed out, with the {@code country} of the entry it is linked to (null when none). */
    EntitySpan toSpan(String country) {
        String mention = text();
        return new EntitySpan(mention, type, id, canonical == null ? mention : canonical, field.field(),
                field.index(), start, stop, country);
    }
}
