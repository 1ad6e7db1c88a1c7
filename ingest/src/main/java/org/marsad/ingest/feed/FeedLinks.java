package org.marsad.ingest.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.marsad.ingest.CanonicalUrl;

/**
 * The link of each item or entry of a feed document, in document order (the order Rome gives its entries),
 * resolved the way browsers and feed readers do, so an odd link never costs an article (#17):
 *
 * <ul>
 *   <li>the base is the feed's own URL (for a feed read from a file: none), then every {@code xml:base} from
 *       the root down to the link element (feed-, channel-, entry- and link-level), each resolved against the
 *       one above;</li>
 *   <li>candidates in order: RSS {@code link}; Atom {@code link} with {@code rel="alternate"} or no
 *       {@code rel}; {@code guid} unless {@code isPermaLink="false"}; {@code feedburner:origLink};</li>
 *   <li>the first candidate that resolves to an http(s) URL {@link CanonicalUrl} accepts wins; none gives
 *       null (the article then gets its content-hash id).</li>
 * </ul>
 */
final class FeedLinks {

    private static final Namespace XML = Namespace.XML_NAMESPACE;

    private FeedLinks() {
    }

    /** One entry per item, null where no candidate is a usable URL; {@code feedUrl} may be null or a path. */
    static List<String> links(Document document, String feedUrl) {
        List<String> links = new ArrayList<>();
        collect(document.getRootElement(), withBase(isHttp(feedUrl) ? feedUrl : null, document.getRootElement()),
                links, 0);
        return links;
    }

    private static void collect(Element element, String base, List<String> links, int depth) {
        for (Element child : element.getChildren()) {
            String childBase = withBase(base, child);
            if (child.getName().equals("item") || child.getName().equals("entry")) {
                links.add(linkOf(child, childBase));
            } else if (depth < 2) {
                collect(child, childBase, links, depth + 1);
            }
        }
    }

    private static String linkOf(Element item, String base) {
        for (Element child : item.getChildren()) {
            if (child.getName().equals("link") && isAlternate(child)) {
                String href = child.getAttributeValue("href");
                String usable = usable(withBase(base, child), href != null ? href : child.getTextTrim());
                if (usable != null) {
                    return usable;
                }
            }
        }
        for (Element child : item.getChildren()) {
            boolean permaLink = child.getName().equals("guid")
                    && !"false".equalsIgnoreCase(child.getAttributeValue("isPermaLink", "true").strip());
            if (permaLink || child.getName().equals("origLink")) {
                String usable = usable(withBase(base, child), child.getTextTrim());
                if (usable != null) {
                    return usable;
                }
            }
        }
        return null;
    }

    private static boolean isAlternate(Element link) {
        String rel = link.getAttributeValue("rel");
        return rel == null || rel.isBlank() || rel.strip().equalsIgnoreCase("alternate");
    }

    /** {@code base} moved by {@code element}'s {@code xml:base}, when it has one. */
    private static String withBase(String base, Element element) {
        String xmlBase = element.getAttributeValue("base", XML);
        if (xmlBase == null || xmlBase.isBlank()) {
            return base;
        }
        String resolved = resolve(base, xmlBase.strip());
        return resolved != null ? resolved : base;
    }

    private static String usable(String base, String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String resolved = resolve(base, reference.strip());
        if (!isHttp(resolved)) {
            return null;
        }
        try {
            CanonicalUrl.of(resolved);
            return resolved;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code reference} against {@code base} (RFC 3986); null when either is not a URI reference. */
    private static String resolve(String base, String reference) {
        try {
            URI ref = new URI(encoded(reference));
            if (ref.isAbsolute() || base == null) {
                return ref.toString();
            }
            return new URI(encoded(base)).resolve(ref).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Spaces and non-ASCII characters percent-encoded as UTF-8, as browsers send them; the rest untouched. */
    private static String encoded(String reference) {
        StringBuilder out = new StringBuilder(reference.length());
        for (byte b : reference.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}') {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    private static boolean isHttp(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && lower.length() > 8;
    }
}
