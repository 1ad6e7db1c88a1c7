package org.marsad.enrich.text.entity;

import java.util.List;
import java.util.Objects;
import org.marsad.enrich.text.EntityType;

/**
 * One gazetteer row: a listed entity with the names it is known by.
 *
 * @param id Wikidata QID or {@code marsad:slug}
 * @param type entity type
 * @param nameEn English name
 * @param nameAr Arabic name
 * @param aliases other Arabic and Latin spellings
 * @param country ISO 3166-1 alpha-2 code of the country the entity lies in or belongs to, or null
 */
record GazetteerEntry(String id, EntityType type, String nameEn, String nameAr, List<String> aliases, String country) {

    GazetteerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameAr, "nameAr");
        aliases = List.copyOf(aliases);
    }

    /** The same entry under another id: a user row written for a former id overrides the entry it now names. */
    GazetteerEntry withId(String newId) {
        return new GazetteerEntry(newId, type, nameEn, nameAr, aliases, country);
    }
}
