package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.RawArticle;

class IngestDryRunTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final IngestDryRun dryRun = new IngestDryRun(IngestConfig.defaults(),
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), false);

    private static String resource(String name) throws URISyntaxException {
        return Path.of(IngestDryRunTest.class.getResource(name).toURI()).toString();
    }

    private boolean run(String... inputs) {
        return dryRun.run(List.of(inputs), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void shouldPrintArticlesAsJsonLinesAndReportNothingWhenInputIsGood() throws Exception {
        assertFalse(run(resource("/files/scraped_article.txt")));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size());
        RawArticle first = JsonArticles.parse(lines.get(0));
        assertEquals("وزارة الزراعة تطلق برنامجا لدعم مزارعي الزيتون", first.title());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), first.fetchedAt());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldPrintEveryArticleAgainWhenRunTwiceBecauseItKeepsNoSeenState() throws Exception {
        run(resource("/files/scraped_article.txt"), resource("/files/scraped_article.txt"));
        assertEquals(6, out.toString(StandardCharsets.UTF_8).lines().count());
    }

    @Test
    void shouldReportEachBadInputByNameAndReturnTrueWhenSomeFail() throws Exception {
        String jsonl = resource("/files/tree/articles.jsonl");
        assertTrue(run(jsonl, "/no/such/dir", "http://127.0.0.1:1/feed.xml"));
        List<String> errors = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(5, errors.size(), String.join("\n", errors));
        assertTrue(errors.get(0).startsWith(jsonl + ":3: Invalid field 'article'"), errors.get(0));
        assertEquals("/no/such/dir: no such file or directory", errors.get(3));
        assertTrue(errors.get(4).startsWith("http://127.0.0.1:1/feed.xml: Feed http://127.0.0.1:1/feed.xml: fetch failed"),
                errors.get(4));
        assertEquals(3, out.toString(StandardCharsets.UTF_8).lines().count());
    }

    /** #17: every item of every link fixture comes through; items without a usable link are a warning, not a reject. */
    @Test
    void shouldPrintEveryItemAndWarnWhenFeedLinksAreOdd() throws Exception {
        String dir = resource("/feeds/links");
        assertFalse(run(dir));
        List<RawArticle> printed = out.toString(StandardCharsets.UTF_8).lines().map(JsonArticles::parse).toList();
        assertEquals(16, printed.size());
        RawArticle untitled = printed.stream().filter(a -> Boolean.TRUE.equals(a.titleDerived())).findFirst()
                .orElseThrow();
        assertEquals("وصل الوفد إلى العاصمة مساء أمس", untitled.title(), "#17 item 2: a title from the text");
        List<String> warnings = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(4, warnings.size(), String.join("\n", warnings));
        assertTrue(warnings.get(0).endsWith("atom_1.0_links.xml: 1 of 4 items have no usable link; kept with content-hash ids"),
                warnings.get(0));
    }
}
