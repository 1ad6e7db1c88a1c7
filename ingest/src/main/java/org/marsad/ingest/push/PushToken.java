package org.marsad.ingest.push;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who pushed a request, as its bearer token says (the secret itself is never kept here, so it cannot be
 * logged by accident).
 *
 * @param name the pusher's name; also the source prefix of ids it may give ({@code name:id})
 * @param trustIds whether ids in its input are kept (prefixed); otherwise they are computed by us
 * @param country the ISO 3166-1 alpha-2 country of its articles, or null
 */
public record PushToken(String name, boolean trustIds, String country) {

    /** No colon: the name prefixes given ids, and {@code a:b} must have only one reading. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Who pushes when no token is configured: trusted with nothing. */
    public static final PushToken ANONYMOUS = new PushToken("anonymous", false, null);

    public PushToken {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("token name '" + name + "' must match " + NAME.pattern());
        }
        if (country != null && !COUNTRIES.contains(country)) {
            throw new IllegalArgumentException("country '" + country
                    + "' is not an ISO 3166-1 alpha-2 code (upper case, e.g. EG, MA)");
        }
    }

    @Override
    public String toString() {
        return "token " + name;
    }
}
