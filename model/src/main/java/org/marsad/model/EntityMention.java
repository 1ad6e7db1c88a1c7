package org.marsad.model;

/**
 * A named entity found in one field of an article.
 *
 * @param text the mention exactly as it stands in the field (without clitics)
 * @param type {@code PERSON}, {@code ORG}, {@code LOC} or {@code MISC}
 * @param id Wikidata QID where known, else a stable Marsad slug for listed entities, null for unlisted ones
 * @param canonical canonical name of a listed entity, else the mention text
 * @param field {@code title}, {@code body} or {@code keywords}
 * @param index position in {@code keywords[]} for field {@code keywords}, else null
 * @param start half-open UTF-16 start offset into the field
 * @param end half-open UTF-16 end offset into the field
 * @param country ISO 3166-1 alpha-2 code of the country a listed entity lies in or belongs to (a city's
 *     country, from GeoNames), else null. Added after schema version 1 as an optional field: older records have
 *     none.
 */
public record EntityMention(String text, String type, String id, String canonical, String field, Integer index,
        int start, int end, String country) {

    /** A mention without a country, as written before the field existed. */
    public EntityMention(String text, String type, String id, String canonical, String field, Integer index, int start,
            int end) {
        this(text, type, id, canonical, field, index, start, end, null);
    }
}
