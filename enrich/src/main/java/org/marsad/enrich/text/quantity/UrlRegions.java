package org.marsad.enrich.text.quantity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Where a field holds web addresses, so that the scan skips them: a percent-encoded address
 * ({@code search?q=30%25%2020%}) is full of digits beside percent signs, and a dated path
 * ({@code /2024-06-12/}) looks like a date, yet neither is something the article says.
 *
 * <p>An address starts at a scheme ({@code http://}, {@code https://}, any letters before {@code ://}) or at
 * {@code www.} at the start of a word, and runs to the next white space or quotation mark. Half-open
 * {@code [start, end)} offsets into the normalised text.
 *
 * <p>It also reads the country of an article's own address from its country-code domain ({@code .sa},
 * {@code .com.eg}), the last evidence for a shared currency before the form's fallback.
 */
final class UrlRegions {

    private static final UrlRegions NONE = new UrlRegions(new int[0], 0);
    private static final String SCHEME_END = "://";
    private static final String WWW = "www.";
    /** Country-code domains sold as generic names (startups, radio, television): they say nothing of a country. */
    private static final Set<String> GENERIC_CC = Set.of("io", "co", "tv", "me", "ai", "fm", "cc", "ws", "to", "gg");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Start and end of each address, in order: {@code bounds[2k]} to {@code bounds[2k + 1]}. */
    private final int[] bounds;
    private final int count;

    private UrlRegions(int[] bounds, int count) {
        this.bounds = bounds;
        this.count = count;
    }

    static UrlRegions of(String text) {
        // most fields hold no address at all: two indexOf calls decide that without allocating
        if (text.indexOf(SCHEME_END) < 0 && text.indexOf(WWW) < 0) {
            return NONE;
        }
        int[] bounds = new int[8];
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            int start = nextStart(text, i);
            if (start < 0) {
                break;
            }
            int end = addressEnd(text, start);
            if (count + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[count++] = start;
            bounds[count++] = end;
            i = end;
        }
        return new UrlRegions(bounds, count);
    }

    /**
     * The ISO 3166-1 alpha-2 country of an address's country-code domain ({@code https://x.com.sa/a} is
     * {@code SA}, {@code .uk} is {@code GB}), or null for a generic domain, a generic-use one ({@code .io}) or an
     * address that does not parse.
     */
    static String countryOf(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String host;
        try {
            host = new URI(address.strip()).getHost();
        } catch (URISyntaxException e) {
            // a malformed address is no evidence; the article is still read
            return null;
        }
        if (host == null) {
            return null;
        }
        String tld = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (tld.length() != 2 || GENERIC_CC.contains(tld)) {
            return null;
        }
        String country = tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT);
        return COUNTRIES.contains(country) ? country : null;
    }

    /** True when {@code offset} lies inside an address. */
    boolean covers(int offset) {
        for (int k = 0; k < count; k += 2) {
            if (offset < bounds[k]) {
                return false;
            }
            if (offset < bounds[k + 1]) {
                return true;
            }
        }
        return false;
    }

    private static int nextStart(String text, int from) {
        int scheme = text.indexOf(SCHEME_END, from);
        int www = wwwAt(text, from);
        if (scheme < 0) {
            return www;
        }
        int schemeStart = scheme;
        while (schemeStart > from && isSchemeChar(text.charAt(schemeStart - 1))) {
            schemeStart--;
        }
        return www < 0 ? schemeStart : Math.min(www, schemeStart);
    }

    private static int wwwAt(String text, int from) {
        for (int k = text.indexOf(WWW, from); k >= 0; k = text.indexOf(WWW, k + 1)) {
            if (k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1))) {
                return k;
            }
        }
        return -1;
    }

    private static int addressEnd(String text, int start) {
        int end = start;
        while (end < text.length() && !ends(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean ends(char c) {
        return Character.isWhitespace(c) || c == '"' || c == '<' || c == '>' || c == '\u00AB' || c == '\u00BB';
    }

    private static boolean isSchemeChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
