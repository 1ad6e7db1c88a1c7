package org.marsad.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.marsad.http.EmbeddedHttpServer.Route;
import org.marsad.http.JsonResponse;
import org.marsad.http.LiveHandler;

/**
 * The handlers of the operations port: {@code GET /metrics} (Prometheus text format), {@code GET /health/live}
 * (the process answers) and {@code GET /health/ready} (200 when every readiness check is up, else 503, with a
 * JSON body naming each check). Each is cheap and never queued behind work.
 */
public final class OperationsRoutes {

    public static final String METRICS = "/metrics";
    public static final String LIVE = "/health/live";
    public static final String READY = "/health/ready";
    /** Prometheus text exposition format 0.0.4, which every Prometheus version scrapes. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private static final ObjectMapper JSON = new ObjectMapper();

    private OperationsRoutes() {
    }

    /** The three routes, open (never queued: a scrape or probe must answer while the port sheds work). */
    public static List<Route> routes(OperationsMetrics metrics, Readiness readiness) {
        return List.of(Route.open(METRICS, metrics(metrics)), Route.open(LIVE, live()),
                Route.open(READY, ready(readiness)));
    }

    public static Handler metrics(OperationsMetrics metrics) {
        return get((request, response, callback) ->
                send(response, callback, HttpStatus.OK_200, PROMETHEUS_TEXT, metrics.scrape()));
    }

    public static Handler live() {
        return new LiveHandler();
    }

    public static Handler ready(Readiness readiness) {
        return get((request, response, callback) -> {
            HealthReport report = readiness.report();
            json(response, callback, report.up() ? HttpStatus.OK_200 : HttpStatus.SERVICE_UNAVAILABLE_503, report.body());
        });
    }

    @FunctionalInterface
    private interface Answer {
        void answer(Request request, Response response, Callback callback);
    }

    private static Handler get(Answer answer) {
        return new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                if (JsonResponse.refusedUnlessRead(request, response, callback)) {
                    return true;
                }
                answer.answer(request, response, callback);
                return true;
            }
        };
    }

    private static void json(Response response, Callback callback, int status, Map<String, ?> body) {
        try {
            send(response, callback, status, "application/json; charset=utf-8", JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write operations response " + body, e);
        }
    }

    private static void send(Response response, Callback callback, int status, String type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }
}
