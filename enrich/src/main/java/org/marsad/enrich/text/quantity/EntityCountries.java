package org.marsad.enrich.text.quantity;

import org.marsad.enrich.text.EntitySpan;

/**
 * The country an entity the tagger found lies in or belongs to, as evidence for a shared currency form
 * ({@code ريال} in an article about Riyadh is the Saudi riyal).
 *
 * <p>{@link #LISTED} answers from the {@code country} column of the entity's gazetteer row (#11): places from
 * GeoNames, and any other entry whose row gives one. An unlisted entity has no country.
 */
public interface EntityCountries {

    /** The country the entity recognizer put on the span from the gazetteer. */
    EntityCountries LISTED = EntitySpan::country;

    /** ISO 3166-1 alpha-2 code in upper case, or null when the entity names no single country. */
    String countryOf(EntitySpan entity);
}
