package org.marsad.enrich.text.quantity;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.marsad.enrich.text.EntitySpan;
import org.marsad.enrich.text.EntityType;
import org.marsad.text.ArabicNormalizer;

/**
 * Countries of places, from {@code place_countries.tsv} (countries, capitals and large cities, generated from
 * GeoNames and CLDR): looked up by the entity's id, then by its canonical name, then by the text as written,
 * each name normalised as the tables are. Only {@link EntityType#LOC} entities count: an organisation named
 * after a place ({@code بنك الكويت الوطني}) is not evidence until its own gazetteer entry says so (#11).
 */
final class PlaceCountries implements EntityCountries {

    private final Map<String, String> byId = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();

    PlaceCountries(Path userDir, MessageDigest digest) {
        for (TsvTable.Row row : TsvTable.read("place_countries.tsv", userDir, digest)) {
            String country = row.cell(2).toUpperCase(Locale.ROOT);
            if (!country.matches("[A-Z]{2}")) {
                throw row.fail("column 3 must be an ISO 3166-1 alpha-2 code, got " + row.cell(2));
            }
            byId.put(row.cell(0), country);
            for (String name : row.cell(1).split("\\|")) {
                byName.put(key(name), country);
            }
        }
    }

    @Override
    public String countryOf(EntitySpan entity) {
        if (entity.type() != EntityType.LOC) {
            return null;
        }
        String country = entity.id() == null ? null : byId.get(entity.id());
        if (country == null && entity.canonical() != null) {
            country = byName.get(key(entity.canonical()));
        }
        return country != null ? country : byName.get(key(entity.text()));
    }

    private static String key(String name) {
        return ArabicNormalizer.normalizeToString(name.strip()).toLowerCase(Locale.ROOT);
    }
}
