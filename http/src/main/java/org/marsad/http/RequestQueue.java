package org.marsad.http;

import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Lets at most {@link HttpLimits#maxRequests()} requests into a route at once and keeps at most
 * {@link HttpLimits#maxQueued()} waiting (each for at most the body time-out); every other request gets 503
 * with {@code Retry-After} at once, so an overloaded route sheds load instead of piling up threads.
 */
final class RequestQueue extends QoSHandler {

    private final HttpLimits limits;

    RequestQueue(Handler route, HttpLimits limits) {
        super(route);
        this.limits = limits;
        setMaxRequestCount(limits.maxRequests());
        setMaxSuspendedRequestCount(limits.maxQueued());
        setMaxSuspend(limits.bodyTimeout());
    }

    @Override
    protected void reject(Request request, Response response, Callback callback, int status) {
        busy(response, callback);
    }

    @Override
    protected void expireSuspended(Request request, Response response, Callback callback) {
        busy(response, callback);
    }

    private void busy(Response response, Callback callback) {
        long seconds = Math.max(1, (limits.retryAfter().toMillis() + 999) / 1000);
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(seconds));
        JsonResponse.send(response, callback, 503, Map.of("error", "busy: " + limits.maxRequests()
                + " requests in progress and " + limits.maxQueued() + " waiting; retry after " + seconds + " s"));
    }
}
