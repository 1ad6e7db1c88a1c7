package org.marsad.enrich.text.quantity;

import org.marsad.enrich.text.EntitySpan;

/**
 * The country an entity the tagger found lies in or belongs to, as evidence for a shared currency form
 * ({@code ريال} in an article about Riyadh is the Saudi riyal).
 *
 * <p>{@link PlaceCountries} answers for places from a bundled table; the seam lets the entity linker
 * (#11) supply the {@code country} of any gazetteer entry, companies and public bodies included.
 */
public interface EntityCountries {

    /** ISO 3166-1 alpha-2 code in upper case, or null when the entity names no single country. */
    String countryOf(EntitySpan entity);
}
