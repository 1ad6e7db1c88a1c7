package org.marsad.ingest.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.fixtures.Poll;
import org.marsad.ingest.ArticleFinisher;
import org.marsad.ingest.ArticleIds;
import org.marsad.ingest.ArticleIntake;
import org.marsad.ingest.CollectingSink;
import org.marsad.ingest.Rejection;
import org.marsad.http.HttpLimits;
import org.marsad.model.Json;
import org.marsad.model.RawArticle;

class PushServerTest {

    private static final String ARTICLE = "{\"url\":\"https://www.example.org/push/1\",\"title\":\"خبر مدفوع\",\"body\":\"نص الخبر المدفوع عبر واجهة الدفع.\"}";

    private final CollectingSink sink = new CollectingSink();
    private final List<Rejection> rejections = new CopyOnWriteArrayList<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private PushServer server;

    private void start(String token, long maxBody) {
        startWith(PushTokens.configured(token == null ? "" : token, null), maxBody);
    }

    private void startWith(PushTokens tokens, long maxBody) {
        ArticleIntake intake = new ArticleIntake(new ArticleFinisher(Clock.systemUTC(), 4096), sink, rejections::add);
        server = PushServer.start("127.0.0.1", 0, tokens, maxBody, Duration.ofSeconds(5), HttpLimits.defaults(), intake,
                new PushMeters(meters));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String contentType, String body, String authorization) throws Exception {
        return post(contentType, body.getBytes(StandardCharsets.UTF_8), authorization);
    }

    private HttpResponse<String> post(String contentType, byte[] body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/articles"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.MAPPER.readTree(response.body());
    }

    @Test
    void shouldAnswerHealthWhenAsked() throws Exception {
        start(null, 10_000);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"UP\"}", response.body());
    }

    @Test
    void shouldAnswer202WithIdsWhenOneJsonArticleIsPushed() throws Exception {
        start(null, 10_000);
        HttpResponse<String> response = post("application/json", ARTICLE, null);
        assertEquals(202, response.statusCode(), response.body());
        assertEquals(ArticleIds.forUrl("https://example.org/push/1"), json(response).get("ids").get(0).asText());
        assertEquals(null, sink.articles.get(0).feed());
    }

    @Test
    void shouldWriteEveryLineWhenJsonLinesArePushed() throws Exception {
        start(null, 10_000);
        String second = "{\"title\":\"خبر ثان\",\"body\":\"نص ثان.\",\"source\":\"مصدر\"}";
        HttpResponse<String> response = post("application/x-ndjson", ARTICLE + "\n" + second + "\n", null);
        assertEquals(202, response.statusCode(), response.body());
        assertEquals(2, json(response).get("ids").size());
        assertEquals(2, sink.articles.size());
    }

    @Test
    void shouldParseScrapedFormatWhenBodyIsPlainText() throws Exception {
        start(null, 10_000);
        String text;
        try (InputStream in = getClass().getResourceAsStream("/files/scraped_article.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HttpResponse<String> response = post("text/plain; charset=utf-8", text, null);
        assertEquals(202, response.statusCode(), response.body());
        assertEquals(3, json(response).get("ids").size(), "the article and its two related articles");
        assertEquals(sink.articles.get(0).id(), sink.articles.get(1).relatedTo());
    }

    @Test
    void shouldAnswer400NamingRecordAndFieldWhenOneRecordIsInvalid() throws Exception {
        start(null, 10_000);
        HttpResponse<String> response = post("application/x-ndjson", ARTICLE + "\n{\"url\":\"https://example.org/no-text\"}", null);
        assertEquals(400, response.statusCode());
        JsonNode error = json(response);
        assertEquals("title", error.get("field").asText());
        assertEquals(2, error.get("record").asInt());
        assertEquals("record 2: Invalid field 'title': missing or blank", error.get("error").asText());
        assertEquals(List.of(), sink.articles, "nothing is written from a rejected request");
        assertEquals(1, sink.deadLetters.size());
        assertTrue(rejections.get(0).source().matches("POST /articles from 127\\.0\\.0\\.1:\\d+ \\(token anonymous\\) record 2"),
                rejections.get(0).source());
    }

    @Test
    void shouldAnswer400NamingFieldWhenTypeIsWrongOrJsonIsBroken() throws Exception {
        start(null, 10_000);
        assertEquals("publishedAt", json(post("application/json",
                "{\"title\":\"t\",\"publishedAt\":\"غدا\"}", null)).get("field").asText());
        HttpResponse<String> broken = post("application/json", "{\"title\":", null);
        assertEquals(400, broken.statusCode());
        assertEquals("article", json(broken).get("field").asText());
    }

    @Test
    void shouldAnswer413WhenBodyOrArticlePassesTheLimit() throws Exception {
        start(null, 2_000);
        assertEquals(413, post("application/json", "{\"title\":\"" + "x".repeat(3_000) + "\"}", null).statusCode());
        server.close();
        start(null, 100_000);
        HttpResponse<String> response = post("application/json", "{\"title\":\"t\",\"body\":\"" + "ن".repeat(3_000) + "\"}", null);
        assertEquals(413, response.statusCode(), response.body());
        assertEquals(List.of(), sink.articles);
    }

    @Test
    void shouldAnswer401WhenTokenIsMissingOrWrong() throws Exception {
        start("s3cret", 10_000);
        assertEquals(401, post("application/json", ARTICLE, null).statusCode());
        assertEquals(401, post("application/json", ARTICLE, "Bearer wrong").statusCode());
        assertEquals(List.of(), sink.articles);
        assertEquals(202, post("application/json", ARTICLE, "Bearer s3cret").statusCode());
    }

    @Test
    void shouldCountEachAnswerByOutcomeWhenPushesEnd() throws Exception {
        start("s3cret", 10_000);
        post("application/json", ARTICLE, "Bearer s3cret");
        post("application/json", ARTICLE, null);
        post("application/json", "{\"title\":", "Bearer s3cret");
        post("text/csv", "a,b", "Bearer s3cret");

        // The counter moves when Jetty completes the exchange, which may be just after the client has the answer.
        Poll.until("four pushes counted", Duration.ofSeconds(10), () -> pushes() == 4);
        assertEquals(1, pushes("accepted", "2xx"));
        assertEquals(1, pushes("unauthorized", "4xx"));
        assertEquals(1, pushes("invalid", "4xx"));
        assertEquals(1, pushes("unsupported_type", "4xx"));
        assertEquals(0, pushes("unavailable", "5xx"));
    }

    private double pushes() {
        return meters.find(PushMeters.PUSHES).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private double pushes(String outcome, String status) {
        return meters.get(PushMeters.PUSHES).tag("outcome", outcome).tag("status", status).counter().count();
    }

    @Test
    void shouldAnswer415WhenMediaTypeOrJsonCharsetIsNotTaken() throws Exception {
        start(null, 10_000);
        assertEquals(415, post("application/xml", ARTICLE, null).statusCode(), "XML is never read as JSON");
        assertEquals(415, post("application/x-www-form-urlencoded", ARTICLE, null).statusCode());
        HttpResponse<String> utf16 = post("application/json; charset=utf-16", ARTICLE.getBytes(StandardCharsets.UTF_16), null);
        assertEquals(415, utf16.statusCode());
        assertEquals("application/json is taken in UTF-8 only, not utf-16", json(utf16).get("error").asText());
        assertEquals(List.of(), sink.articles);
    }

    @Test
    void shouldDecodePlainTextInItsCharsetWhenOneIsGiven() throws Exception {
        start(null, 10_000);
        String text = "عنوان بترميز ويندوز\n\nفقرة من نص الخبر مكتوبة لهذا الاختبار.";
        HttpResponse<String> response = post("text/plain; charset=windows-1256", text.getBytes("windows-1256"), null);
        assertEquals(202, response.statusCode(), response.body());
        assertEquals("عنوان بترميز ويندوز", sink.articles.get(0).title());
    }

    /** #17: an undeclared legacy body long enough to tell is detected; a short one is a 400, never guessed. */
    @Test
    void shouldDetectLegacyCharsetOfPlainTextWhenNoneIsGivenAndRefuseShortOne() throws Exception {
        start(null, 10_000);
        String text = "عنوان بلا ترميز معلن\n\n" + org.marsad.ingest.text.LegacyText.ARTICLE;
        HttpResponse<String> response = post("text/plain", text.getBytes("windows-1256"), null);
        assertEquals(202, response.statusCode(), response.body());
        assertEquals("عنوان بلا ترميز معلن", sink.articles.get(0).title());
        HttpResponse<String> tooShort = post("text/plain", "عنوان\nنص قصير".getBytes("windows-1256"), null);
        assertEquals(400, tooShort.statusCode(), tooShort.body());
        assertTrue(json(tooShort).get("error").asText().contains("declare the charset"), tooShort.body());
    }

    @Test
    void shouldAnswer400WhenBodyIsNotValidUtf8() throws Exception {
        start(null, 10_000);
        byte[] body = "{\"title\":\"خبر X\"}".getBytes(StandardCharsets.UTF_8);
        body[body.length - 3] = (byte) 0xC3; // a lead byte followed by a quote: malformed
        HttpResponse<String> response = post("application/json", body, null);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("record 1: Invalid field 'article': not valid UTF-8 text at byte " + (body.length - 3),
                json(response).get("error").asText());
        assertEquals(List.of(), sink.articles);
    }

    @Test
    void shouldAnswer400WhenAJsonKeyIsRepeated() throws Exception {
        start(null, 10_000);
        HttpResponse<String> response = post("application/json",
                "{\"title\":\"العنوان الأول\",\"body\":\"نص.\",\"title\":\"العنوان الثاني\"}", null);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(json(response).get("error").asText().contains("Duplicate field 'title'"), response.body());
        assertEquals(List.of(), sink.articles);
    }

    @Test
    void shouldComputeTheIdWhenAnUntrustedTokenGivesOne() throws Exception {
        startWith(PushTokens.configured("s3cret", null), 10_000);
        String victim = ArticleIds.forUrl("https://example.org/someone/else");
        HttpResponse<String> response = post("application/json", "{\"id\":\"" + victim
                + "\",\"url\":\"https://example.org/push/2\",\"title\":\"خبر يدعي معرف غيره\"}", "Bearer s3cret");
        assertEquals(202, response.statusCode(), response.body());
        assertEquals(ArticleIds.forUrl("https://example.org/push/2"), sink.articles.get(0).id(),
                "a pushed foreign id does not replace the other article");
    }

    @Test
    void shouldKeepTheIdUnderTheTokenNameWhenTheTokenIsTrustedWithIds(@TempDir Path dir) throws Exception {
        startWith(PushTokens.configured("", Files.writeString(dir.resolve("tokens"), "wire wire-secret trustIds\n")), 10_000);
        HttpResponse<String> response = post("application/json",
                "{\"id\":\"A-17\",\"title\":\"خبر من الوكالة\"}", "Bearer wire-secret");
        assertEquals(202, response.statusCode(), response.body());
        assertEquals("wire:A-17", sink.articles.get(0).id());
        HttpResponse<String> dots = post("application/json", "{\"id\":\"..\",\"title\":\"خبر\"}", "Bearer wire-secret");
        assertEquals(400, dots.statusCode(), dots.body());
        assertEquals("id", json(dots).get("field").asText());
        assertEquals(1, sink.articles.size());
    }

    /** Issue #12: a push token's country is the source country of its articles, unless one names its own. */
    @Test
    void shouldSetTheTokenCountryWhenAnArticleNamesNone(@TempDir Path dir) throws Exception {
        startWith(PushTokens.configured("", Files.writeString(dir.resolve("tokens"), "riyadh-desk desk-secret country=SA\n")),
                10_000);
        assertEquals(202, post("application/json", "{\"url\":\"https://example.org/push/sa\",\"title\":\"نتائج الشركة\"}",
                "Bearer desk-secret").statusCode());
        assertEquals(202, post("application/json", "{\"url\":\"https://example.org/push/kw\",\"title\":\"نتائج البنك\","
                + "\"sourceCountry\":\"KW\"}", "Bearer desk-secret").statusCode());
        assertEquals(202, post("text/plain; charset=utf-8", "عنوان الخبر النصي\nنص الخبر.", "Bearer desk-secret").statusCode());
        assertEquals(List.of("SA", "KW", "SA"), sink.articles.stream().map(RawArticle::sourceCountry).toList());
    }
}
