package org.marsad.model;

import java.util.Locale;
import java.util.Set;

/** Validates ISO 3166-1 alpha-2 country codes against the JDK's list, so a typo fails where it is written. */
public final class CountryCodes {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private CountryCodes() {
    }

    /**
     * The code in upper case, or null for null or blank.
     *
     * @param field what the value is, for the error message
     * @throws IllegalArgumentException naming the field and the value when it is no ISO 3166-1 alpha-2 code
     */
    public static String checked(String code, String field) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!CODES.contains(upper)) {
            throw new IllegalArgumentException(field + " '" + code + "' is not an ISO 3166-1 alpha-2 country code");
        }
        return upper;
    }
}
