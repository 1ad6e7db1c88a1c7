package org.marsad.ingest.feed;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Resolves a host name to its addresses; tests inject one so that no packet leaves 127.0.0.1. */
@FunctionalInterface
public interface HostResolver {

    /** The platform's resolver (DNS, hosts file); IP literals are parsed, not looked up. */
    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
