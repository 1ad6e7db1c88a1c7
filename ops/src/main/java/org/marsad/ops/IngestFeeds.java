package org.marsad.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the ingest service's feeds from its {@code GET /api/feeds} for {@code marsad status --ingest-url}. Every
 * failure (no answer, another status, not the expected JSON) is an {@link IllegalStateException} naming the URL.
 * Fields the service adds later are ignored; a field it does not send reads as null or 0.
 */
public final class IngestFeeds {

    public static final String PATH = "/api/feeds";

    private static final ObjectMapper JSON = new ObjectMapper();

    private IngestFeeds() {
    }

    /** The feeds of the ingest service at {@code ingestUrl} (its operations port, with or without the path). */
    public static List<StatusReport.FeedState> read(String ingestUrl, Duration timeout) {
        URI uri = uri(ingestUrl);
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        HttpResponse<String> response;
        try {
            response = client.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw failed(uri, "no answer (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(uri, "interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw failed(uri, "answered HTTP " + response.statusCode(), null);
        }
        try {
            return parse(response.body());
        } catch (JsonProcessingException | DateTimeParseException | IllegalArgumentException e) {
            throw failed(uri, "not a feed list: " + e.getMessage(), e);
        }
    }

    private static List<StatusReport.FeedState> parse(String body) throws JsonProcessingException {
        JsonNode feeds = JSON.readTree(body).path("feeds");
        if (!feeds.isArray()) {
            throw new IllegalArgumentException("the answer has no \"feeds\" list");
        }
        List<StatusReport.FeedState> states = new ArrayList<>();
        for (JsonNode feed : feeds) {
            states.add(new StatusReport.FeedState(text(feed, "name"), text(feed, "host"), time(feed, "lastPoll"),
                    time(feed, "lastSuccess"), time(feed, "lastError"), text(feed, "lastErrorMessage"),
                    feed.path("polls").asLong(), feed.path("notModified").asLong(), feed.path("new").asLong(),
                    feed.path("duplicate").asLong(), feed.path("rejected").asLong(), feed.path("bytes").asLong()));
        }
        return states;
    }

    private static URI uri(String ingestUrl) {
        String base = ingestUrl.endsWith("/") ? ingestUrl.substring(0, ingestUrl.length() - 1) : ingestUrl;
        try {
            URI uri = URI.create(base.endsWith(PATH) ? base : base + PATH);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException("use an http:// or https:// URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the feeds from the ingest service at " + ingestUrl + ": "
                    + e.getMessage(), e);
        }
    }

    private static IllegalStateException failed(URI uri, String why, Throwable cause) {
        return new IllegalStateException("cannot read the feeds from the ingest service at " + uri + ": " + why, cause);
    }

    private static String text(JsonNode feed, String field) {
        JsonNode value = feed.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static Instant time(JsonNode feed, String field) {
        String text = text(feed, field);
        return text == null ? null : Instant.parse(text);
    }
}
