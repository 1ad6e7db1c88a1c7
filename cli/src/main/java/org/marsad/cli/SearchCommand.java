package org.marsad.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.lucene.search.SearcherManager;
import org.marsad.config.ConfigArea;
import org.marsad.config.HttpKeys;
import org.marsad.config.MarsadConfig;
import org.marsad.model.Json;
import org.marsad.search.IndexSearch;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marsad search}: one search, printed readably or as JSON lines; reads the local index with
 * {@code --data-dir}, else asks a running search stage at {@code --url}.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the index: free text plus filters; the local index with --data-dir, else --url.")
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Words (all must match) or \"a phrase\".")
    String query;

    @Option(names = "--entity", paramLabel = "ID", description = "Entity id (Q21708200) or name of an unlisted one.")
    String entity;
    @Option(names = "--type", description = "Articles with an entity of this type: PERSON, ORG, LOC, MISC.")
    String type;
    @Option(names = "--currency", paramLabel = "ISO", description = "Currency code, e.g. SAR.")
    String currency;
    @Option(names = "--min", description = "Smallest amount (1e9 or 1000000000); in --currency when given.")
    String min;
    @Option(names = "--max", description = "Largest amount; in --currency when given.")
    String max;
    @Option(names = "--min-percent", paramLabel = "PCT",
            description = "Articles with a percentage of at least PCT (12.5 for 12.5%; points are not percentages).")
    String minPercent;
    @Option(names = "--max-percent", paramLabel = "PCT", description = "Articles with a percentage of at most PCT.")
    String maxPercent;
    @Option(names = "--from", description = "Published at or after (2026-12-01 or an ISO instant).")
    String from;
    @Option(names = "--to", description = "Published before.")
    String to;
    @Option(names = "--lang", description = "Article language (ar, en, ...).")
    String lang;
    @Option(names = "--source", description = "Source name.")
    String source;
    @Option(names = "--feed", description = "Feed URL or file.")
    String feed;
    @Option(names = "--sort", description = "relevance (default), newest, oldest.")
    String sort;
    @Option(names = "--size", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    String size;
    @Option(names = "--json", description = "One JSON line per hit.")
    boolean json;
    @Option(names = "--data-dir", paramLabel = "DIR", description = "Read DIR/search-index directly.")
    Path dataDir;
    @Option(names = "--url", description = "A running search stage (default: the operations port of "
            + "marsad.http.host and marsad.http.port, http://127.0.0.1:8091).")
    String url;
    @ParentCommand
    Marsad marsad;

    @Override
    public Integer call() throws Exception {
        Map<String, String> params = parameters();
        SearchResult result = dataDir != null ? local(SearchRequest.fromParameters(params)) : remote(params);
        if (json) {
            for (SearchResult.Hit hit : result.hits()) {
                System.out.println(Json.MAPPER.writeValueAsString(hit));
            }
        } else {
            System.out.print(render(result));
        }
        return 0;
    }

    private Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", query);
        put(p, "entity", entity);
        put(p, "type", type);
        put(p, "currency", currency);
        put(p, "minAmount", min);
        put(p, "maxAmount", max);
        put(p, "minPercent", minPercent);
        put(p, "maxPercent", maxPercent);
        put(p, "from", from);
        put(p, "to", to);
        put(p, "lang", lang);
        put(p, "source", source);
        put(p, "feed", feed);
        put(p, "sort", sort);
        put(p, "size", size);
        return p;
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null) {
            p.put(name, value);
        }
    }

    private SearchResult local(SearchRequest request) throws IOException {
        SearcherManager searchers = SearchIndex.readOnly(Stages.searchIndexDir(dataDir));
        try {
            return new IndexSearch(searchers).search(request);
        } finally {
            searchers.close();
        }
    }

    private SearchResult remote(Map<String, String> params) throws IOException, InterruptedException {
        String url = this.url != null ? this.url : operationsUrl(marsad.kafka.config());
        String query = params.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                HttpRequest.newBuilder(URI.create(url + "/api/search?" + query)).timeout(Duration.ofSeconds(30))
                        .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.MAPPER.readValue(response.body(), SearchResult.class);
    }

    /** Title, date, source; the best snippet with each match in [brackets]; the entities. */
    static String render(SearchResult result) {
        StringBuilder out = new StringBuilder();
        out.append(result.total()).append(" found\n");
        int n = result.page() * result.size();
        for (SearchResult.Hit hit : result.hits()) {
            out.append(++n).append(". ").append(TerminalText.escape(String.valueOf(hit.title()))).append('\n');
            out.append("   ").append(hit.publishedAt()).append("  ").append(TerminalText.escape(
                    String.valueOf(hit.source()))).append("  ").append(hit.language()).append("  ").append(hit.id())
                    .append('\n');
            hit.snippets().stream().filter(s -> s.field().equals("body")).findFirst()
                    .or(() -> hit.snippets().stream().findFirst())
                    .ifPresent(s -> out.append("   ").append(TerminalText.escape(marked(s))).append('\n'));
            if (!hit.entities().isEmpty()) {
                out.append("   entities: ").append(TerminalText.escape(String.join(", ", hit.entities())))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String marked(SearchResult.Snippet snippet) {
        StringBuilder text = new StringBuilder(snippet.text().replace('\n', ' '));
        for (int i = snippet.matches().size() - 1; i >= 0; i--) {
            int[] m = snippet.matches().get(i);
            text.insert(m[1], ']').insert(m[0], '[');
        }
        return text.toString();
    }

    private static String operationsUrl(MarsadConfig config) {
        AbstractConfig http = config.area(ConfigArea.HTTP);
        return "http://" + http.getString(HttpKeys.HOST) + ":" + http.getInt(HttpKeys.PORT);
    }
}
