package org.marsad.http;

import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Liveness: {@code 200 {"status":"UP"}} while the process answers. One handler for the operations port's
 * {@code /health/live} and its alias {@code /health} on the push port, so both always say the same. It reads
 * nothing and is never queued, so it answers while the work routes shed load.
 */
public final class LiveHandler extends Handler.Abstract.NonBlocking {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (JsonResponse.refusedUnlessRead(request, response, callback)) {
            return true;
        }
        JsonResponse.send(response, callback, 200, Map.of("status", "UP"));
        return true;
    }
}
