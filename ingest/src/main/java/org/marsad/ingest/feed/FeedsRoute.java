package org.marsad.ingest.feed;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.marsad.http.EmbeddedHttpServer;
import org.marsad.http.JsonResponse;

/**
 * {@code GET /api/feeds}: each feed's {@link FeedStatus} from the {@link FeedBoard} as JSON, for operators and
 * {@code marsad status --ingest-url}. Mounted on the ingest process's operations port; cheap, so never queued.
 *
 * <pre>{"feeds":[{"name":"…","host":"…","lastPoll":"…","lastSuccess":"…","lastError":null,"lastErrorMessage":null,
 * "polls":3,"notModified":1,"new":12,"duplicate":0,"rejected":1,"bytes":20480}]}</pre>
 */
public final class FeedsRoute extends Handler.Abstract.NonBlocking {

    public static final String PATH = "/api/feeds";

    private final FeedBoard board;

    private FeedsRoute(FeedBoard board) {
        this.board = board;
    }

    /** The route to mount on the operations port's server. */
    public static EmbeddedHttpServer.Route route(FeedBoard board) {
        return EmbeddedHttpServer.Route.open(PATH, new FeedsRoute(board));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (JsonResponse.refusedUnlessRead(request, response, callback)) {
            return true;
        }
        List<Map<String, Object>> feeds = board.statuses().stream().map(FeedsRoute::json).toList();
        JsonResponse.send(response, callback, 200, Map.of("feeds", feeds));
        return true;
    }

    private static Map<String, Object> json(FeedStatus feed) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", feed.name());
        out.put("host", feed.host());
        out.put("lastPoll", text(feed.lastPoll()));
        out.put("lastSuccess", text(feed.lastSuccess()));
        out.put("lastError", text(feed.lastError()));
        out.put("lastErrorMessage", feed.lastErrorMessage());
        out.put("polls", feed.polls());
        out.put("notModified", feed.notModified());
        out.put("new", feed.fresh());
        out.put("duplicate", feed.duplicate());
        out.put("rejected", feed.rejected());
        out.put("bytes", feed.bytes());
        return out;
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
