package org.marsad.search;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.marsad.http.EmbeddedHttpServer.Route;
import org.marsad.http.JsonResponse;
import org.marsad.model.Json;

/**
 * The search API's routes on the operations port: {@code GET /api/search?...} (hits, snippets as offsets,
 * facets; 400 naming a bad parameter) and {@code GET /api/articles/{id}} (the stored index document, or 404).
 */
public final class SearchRoutes {

    static final String ARTICLES_PREFIX = "/api/articles/";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private SearchRoutes() {
    }

    /** Both routes, queued under the server's request cap (a search is work, unlike a health check). */
    public static List<Route> routes(IndexSearch search) {
        return List.of(Route.queued("/api/search", new SearchHandler(search)),
                Route.queued(ARTICLES_PREFIX + "*", new ArticleHandler(search)));
    }

    private abstract static class GetHandler extends Handler.Abstract {

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            if (!HttpMethod.GET.is(request.getMethod())) {
                JsonResponse.error(response, callback, 405, request.getMethod() + " not allowed: use GET");
                return true;
            }
            try {
                get(request, response, callback);
            } catch (BadParameterException e) {
                JsonResponse.send(response, callback, 400, Map.of("error", e.getMessage(), "parameter",
                        e.parameter()));
            } catch (IOException | RuntimeException e) {
                JsonResponse.error(response, callback, 500, "search failed: " + e.getMessage());
            }
            return true;
        }

        abstract void get(Request request, Response response, Callback callback) throws IOException;
    }

    private static final class SearchHandler extends GetHandler {
        private final IndexSearch search;

        SearchHandler(IndexSearch search) {
            this.search = search;
        }

        @Override
        void get(Request request, Response response, Callback callback) throws IOException {
            Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
            Map<String, String> params = new LinkedHashMap<>();
            for (Fields.Field field : fields) {
                params.put(field.getName(), field.getValue());
            }
            SearchResult result = search.search(SearchRequest.fromParameters(params));
            JsonResponse.send(response, callback, 200, Json.MAPPER.convertValue(result, MAP));
        }
    }

    private static final class ArticleHandler extends GetHandler {
        private final IndexSearch search;

        ArticleHandler(IndexSearch search) {
            this.search = search;
        }

        @Override
        void get(Request request, Response response, Callback callback) throws IOException {
            String path = request.getHttpURI().getPath();
            String id = URLDecoder.decode(path.substring(ARTICLES_PREFIX.length()), StandardCharsets.UTF_8);
            var article = search.article(id);
            if (article.isEmpty()) {
                JsonResponse.error(response, callback, 404, "no article with id " + id + " in the index");
            } else {
                JsonResponse.send(response, callback, 200, Json.MAPPER.convertValue(article.get(), MAP));
            }
        }
    }
}
