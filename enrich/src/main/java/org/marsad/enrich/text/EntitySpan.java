package org.marsad.enrich.text;

import java.util.Objects;

/**
 * A named entity found by the tagger.
 *
 * @param text the mention as it stands in the field, clitics excluded
 * @param type the entity type
 * @param id Wikidata QID or Marsad slug of a listed entity, null for an unlisted one
 * @param canonical canonical name (the listed name, else the mention)
 * @param field the field the offsets point into
 * @param index position in the keyword list for {@link Field#KEYWORDS}, else null
 * @param start half-open UTF-16 start
 * @param end half-open UTF-16 end
 * @param country ISO 3166-1 alpha-2 code of the country a listed entity lies in or belongs to, from its gazetteer
 *     row, else null
 */
public record EntitySpan(String text, EntityType type, String id, String canonical, Field field, Integer index,
        int start, int end, String country) {

    public EntitySpan {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(field, "field");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + text);
        }
        if ((field == Field.KEYWORDS) != (index != null)) {
            throw new IllegalArgumentException("index is required for keywords and only for keywords: " + text);
        }
    }

    /** A span of an entity whose country is not known. */
    public EntitySpan(String text, EntityType type, String id, String canonical, Field field, Integer index, int start,
            int end) {
        this(text, type, id, canonical, field, index, start, end, null);
    }
}
