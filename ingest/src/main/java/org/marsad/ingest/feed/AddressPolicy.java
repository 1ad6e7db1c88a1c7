package org.marsad.ingest.feed;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;

/**
 * The one rule for what ingest may fetch: http(s) only, and no internal address (loopback, private,
 * link-local, multicast, ...) unless the feed is marked {@code trusted}, or the address is one of the feed's
 * own host (a feed an operator runs inside the network). A redirect or a public name that leads to an
 * internal address is refused: that is how a feed would reach the cloud metadata service or the broker.
 * Link-local addresses (where the metadata service lives) need {@code trusted} even for the feed's own host.
 */
public final class AddressPolicy {

    /**
     * The reach of one fetch: the feed's own host and its trust. It tags the fetch's requests, so the
     * resolver sees it and connections are never shared between scopes.
     */
    public record Scope(String feedHost, boolean trusted) {

        public static Scope of(URI feed, boolean trusted) {
            return new Scope(bare(feed.getHost()), trusted);
        }

        /** Why {@code address} of {@code host} is refused in this scope (its kind), or null when allowed. */
        public String refusal(String host, InetAddress address) {
            String kind = internalKind(address);
            if (kind == null || trusted) {
                return null;
            }
            boolean own = bare(host).equals(feedHost) && !address.isLinkLocalAddress();
            return own ? null : kind;
        }
    }

    private AddressPolicy() {
    }
    /** Fails unless {@code uri} is http or https with a host; names the URL. */
    public static void checkScheme(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an http(s) URL: " + uri);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("no host in " + uri);
        }
    }

    /** What kind of internal address {@code address} is, or null for a public one. */
    public static String internalKind(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        } else if (address.isLoopbackAddress()) {
            return "loopback";
        } else if (address.isLinkLocalAddress()) {
            return "link-local";
        } else if (address.isSiteLocalAddress()) {
            return "private";
        } else if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            if (first == 0) {
                return "unspecified";
            } else if (first == 100 && second >= 64 && second < 128) {
                return "shared (carrier-grade NAT)";
            } else if (first >= 240) {
                return "reserved or broadcast";
            }
        } else if (address instanceof Inet6Address && (b[0] & 0xFE) == 0xFC) {
            return "unique-local (private)";
        }
        return null;
    }

    private static String bare(String host) {
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
