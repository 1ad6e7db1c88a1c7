package org.marsad.ingest.push;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The meter of the push endpoint (docs/OPERATIONS.md): {@code POST /articles} answers by {@link Outcome}, counted
 * when the answer is complete. Requests turned away by the request cap before the route runs are not counted.
 */
public final class PushMeters {

    public static final String PUSHES = "marsad.push.requests";

    /** How a push ended; the tag {@code outcome}, with the status class as tag {@code status}. */
    public enum Outcome {
        /** 202: every record acknowledged by the broker */
        ACCEPTED("2xx"),
        /** 400: a record is invalid (none written) or the body is unreadable */
        INVALID("4xx"),
        /** 401: no or a wrong bearer token */
        UNAUTHORIZED("4xx"),
        /** 405: not a POST */
        WRONG_METHOD("4xx"),
        /** 408: the body did not arrive in time */
        BODY_TIMEOUT("4xx"),
        /** 413: the body or an article is over its limit */
        TOO_LARGE("4xx"),
        /** 415: another media type or charset */
        UNSUPPORTED_TYPE("4xx"),
        /** 503: the broker did not acknowledge in time; the client retries */
        UNAVAILABLE("5xx"),
        /** 500 or any other status: an unexpected failure */
        ERROR("5xx");

        private final String statusClass;

        Outcome(String statusClass) {
            this.statusClass = statusClass;
        }

        static Outcome of(int status) {
            return switch (status) {
                case 202 -> ACCEPTED;
                case 400 -> INVALID;
                case 401 -> UNAUTHORIZED;
                case 405 -> WRONG_METHOD;
                case 408 -> BODY_TIMEOUT;
                case 413 -> TOO_LARGE;
                case 415 -> UNSUPPORTED_TYPE;
                case 503 -> UNAVAILABLE;
                default -> ERROR;
            };
        }
    }

    private final Map<Outcome, Counter> pushes = new EnumMap<>(Outcome.class);

    public PushMeters(MeterRegistry registry) {
        for (Outcome outcome : Outcome.values()) {
            pushes.put(outcome, Counter.builder(PUSHES)
                    .description("Answers of POST /articles, by outcome")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                    .tag("status", outcome.statusClass)
                    .register(registry));
        }
    }

    void answered(int status) {
        pushes.get(Outcome.of(status)).increment();
    }

    /** {@code route}, counting each answer's status once it is sent (or the exchange failed). */
    Handler counting(Handler route) {
        return new Handler.Wrapper(route) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                return super.handle(request, response, new Callback.Nested(callback) {
                    @Override
                    public void succeeded() {
                        answered(response.getStatus());
                        super.succeeded();
                    }

                    @Override
                    public void failed(Throwable x) {
                        answered(response.getStatus());
                        super.failed(x);
                    }
                });
            }
        };
    }
}
