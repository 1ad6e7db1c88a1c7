package org.marsad.ingest.feed;

import java.io.IOException;
import java.net.InetAddress;

/** A hop's host resolved to an address the {@link AddressPolicy} refuses; nothing was sent to it. */
final class AddressRefusedException extends IOException {

    AddressRefusedException(String host, InetAddress address, String kind) {
        super("refused " + host + " at " + address.getHostAddress() + " (" + kind + " address): only a feed marked"
                + " trusted, or the feed's own host, may be reached there");
    }
}
