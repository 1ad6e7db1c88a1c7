package org.marsad.ingest;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns an article URL into the one spelling its id is computed from.
 *
 * <ul>
 *   <li>http and https are one scheme: https</li>
 *   <li>host lower-cased, IDN in Unicode, without a leading {@code www.}; user info and default ports dropped</li>
 *   <li>path percent-decoded as UTF-8 and NFC-normalised, then re-encoded one way, so an Arabic path written
 *       raw or percent-encoded gives one URL; an encoded {@code /} stays encoded</li>
 *   <li>trailing slash dropped except for the root path</li>
 *   <li>query: tracking parameters dropped, the rest sorted; fragment dropped</li>
 * </ul>
 */
public final class CanonicalUrl {

    private static final Pattern URL = Pattern.compile(
            "(?i)^(https?)://([^/?#]*)([^?#]*)(?:\\?([^#]*))?(?:#.*)?$");
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "mc_cid", "mc_eid");
    /** Characters written literally in a canonical path or query; all else is percent-encoded. */
    private static final String LITERAL = "-._~!$&'()*+,;=:@/";

    private CanonicalUrl() {
    }

    /** The canonical form of {@code url}; fails naming the URL when it is not an absolute http(s) URL. */
    public static String of(String url) {
        Matcher m = URL.matcher(url == null ? "" : url.strip());
        if (!m.matches() || m.group(2).isEmpty()) {
            throw new IllegalArgumentException("Not an absolute http(s) URL: '" + url + "'");
        }
        String query = m.group(4) == null ? "" : canonicalQuery(m.group(4));
        return "https://" + canonicalHost(m.group(2), url) + canonicalPath(m.group(3)) + (query.isEmpty() ? "" : "?" + query);
    }

    private static String canonicalHost(String authority, String url) {
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        String port = "";
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && !hostPort.endsWith("]")) {
            port = hostPort.substring(colon + 1);
            hostPort = hostPort.substring(0, colon);
        }
        String host;
        try {
            host = IDN.toUnicode(hostPort, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Bad host in URL '" + url + "': " + e.getMessage(), e);
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        boolean defaultPort = port.isEmpty() || port.equals("80") || port.equals("443");
        return defaultPort ? host : host + ":" + port;
    }

    private static String canonicalPath(String path) {
        String normal = normaliseEncoding(path.isEmpty() ? "/" : path, "/");
        while (normal.length() > 1 && normal.endsWith("/")) {
            normal = normal.substring(0, normal.length() - 1);
        }
        return normal;
    }

    private static String canonicalQuery(String query) {
        return Arrays.stream(query.split("&"))
                .filter(part -> !part.isEmpty() && !isTracking(part))
                .map(part -> normaliseEncoding(part, "&=+"))
                .sorted()
                .collect(Collectors.joining("&"));
    }

    private static boolean isTracking(String parameter) {
        int eq = parameter.indexOf('=');
        String name = (eq < 0 ? parameter : parameter.substring(0, eq)).toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING.contains(name);
    }

    /** Decodes percent-escapes (keeping escapes of {@code keepEncoded} chars), NFC-normalises, re-encodes. */
    private static String normaliseEncoding(String text, String keepEncoded) {
        String decoded = Normalizer.normalize(percentDecode(text, keepEncoded), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            boolean escape = c == '%' && isEscape(decoded, i);
            if (escape || (c < 128 && (Character.isLetterOrDigit(c) || LITERAL.indexOf(c) >= 0))) {
                out.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < decoded.length() ? i + 2 : i + 1;
                for (byte b : decoded.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
                i = end - 1;
            }
        }
        return out.toString();
    }

    private static String percentDecode(String text, String keepEncoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            int percent = text.indexOf('%', i);
            int runEnd = percent < 0 ? text.length() : percent;
            bytes.writeBytes(text.substring(i, runEnd).getBytes(StandardCharsets.UTF_8));
            if (percent < 0) {
                break;
            }
            if (isEscape(text, percent)) {
                int value = Integer.parseInt(text.substring(percent + 1, percent + 3), 16);
                boolean keep = value == '%' || keepEncoded.indexOf(value) >= 0;
                String escape = text.substring(percent, percent + 3).toUpperCase(Locale.ROOT);
                if (keep) {
                    bytes.writeBytes(escape.getBytes(StandardCharsets.US_ASCII));
                } else {
                    bytes.write(value);
                }
                i = percent + 3;
            } else {
                bytes.write('%');
                i = percent + 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isEscape(String text, int i) {
        return i + 2 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0
                && Character.digit(text.charAt(i + 2), 16) >= 0;
    }
}
