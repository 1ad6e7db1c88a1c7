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
 */
public record EntityMention(
        String text, String type, String id, String canonical, String field, Integer index, int start, int end) {
}
