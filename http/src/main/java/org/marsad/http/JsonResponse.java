package org.marsad.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.marsad.model.Json;

/** Writes the JSON answers of the embedded HTTP server's routes. */
public final class JsonResponse {

    private JsonResponse() {
    }

    /** Writes {@code body} as the whole response and completes {@code callback}. */
    public static void send(Response response, Callback callback, int status, Map<String, ?> body) {
        byte[] bytes;
        try {
            bytes = Json.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write response " + body, e);
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    public static void error(Response response, Callback callback, int status, String message) {
        send(response, callback, status, Map.of("error", message));
    }

    /**
     * Answers 405 (with {@code Allow: GET, HEAD}) unless {@code request} is a GET or HEAD: the read-only routes'
     * one rule. True when it answered, so the route must not.
     */
    public static boolean refusedUnlessRead(Request request, Response response, Callback callback) {
        if (HttpMethod.GET.is(request.getMethod()) || HttpMethod.HEAD.is(request.getMethod())) {
            return false;
        }
        response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
        error(response, callback, 405, request.getMethod() + " is not allowed here: use GET");
        return true;
    }
}
