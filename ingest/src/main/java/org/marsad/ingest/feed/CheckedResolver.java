package org.marsad.ingest.feed;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.client.Destination;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * The HTTP client's resolver: resolves every hop's host and refuses it unless each address passes the
 * {@link AddressPolicy} for the fetch's scope (the tag on its request). The client then connects to exactly
 * the addresses checked here, so a second DNS answer cannot slip past the check.
 */
final class CheckedResolver implements SocketAddressResolver {

    private final HostResolver resolver;

    CheckedResolver(HostResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void resolve(String host, int port, Map<String, Object> context, Promise<List<InetSocketAddress>> promise) {
        Object destination = context.get(Destination.CONTEXT_KEY);
        // Requests without a scope (none are sent so) would get the strictest one.
        AddressPolicy.Scope scope = destination instanceof Destination d && d.getOrigin().getTag() instanceof AddressPolicy.Scope s
                ? s : new AddressPolicy.Scope("", false);
        List<InetSocketAddress> checked = new ArrayList<>();
        try {
            for (InetAddress address : resolver.resolve(host)) {
                String kind = scope.refusal(host, address);
                if (kind != null) {
                    promise.failed(new AddressRefusedException(host, address, kind));
                    return;
                }
                checked.add(new InetSocketAddress(address, port));
            }
        } catch (UnknownHostException e) {
            promise.failed(e);
            return;
        }
        promise.succeeded(checked);
    }
}
