package org.marsad.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.model.RawArticle;

class FeedParserTest {

    private static final FeedParser PARSER = new FeedParser(500, 256);

    private static List<RawArticle> parse(String fixture, String contentType, boolean trusted) {
        FeedSpec spec = new FeedSpec("https://feeds.example.com/" + fixture, null, Duration.ofMinutes(5), trusted);
        return PARSER.parse(Fixtures.bytes("/feeds/" + fixture), contentType, spec).items();
    }

    @Test
    void shouldStampFeedsSourceCountryOnEveryArticleWhenListGivesOne() {
        FeedSpec spec = new FeedSpec("https://feeds.example.com/rss_2.0.xml", null, Duration.ofMinutes(5), false, "EG");
        List<RawArticle> items = PARSER.parse(Fixtures.bytes("/feeds/rss_2.0.xml"), "application/rss+xml", spec).items();
        assertEquals(List.of("EG"), items.stream().map(RawArticle::sourceCountry).distinct().toList());
        assertEquals(null, parse("rss_2.0.xml", "application/rss+xml", false).get(0).sourceCountry());
    }

    @Test
    void shouldReadEveryFieldWhenFeedIsRss2() {
        List<RawArticle> items = parse("rss_2.0.xml", "application/rss+xml", false);
        assertEquals(4, items.size());
        RawArticle first = items.get(0);
        assertEquals("افتتاح مكتبة عامة جديدة في المدينة", first.title());
        assertEquals("https://www.news.example.com/culture/library?utm_source=rss", first.url());
        assertEquals("افتتحت البلدية مكتبة عامة جديدة تضم آلاف الكتب.\n\nوقال المدير إن المكتبة تفتح أبوابها يوميا.",
                first.body());
        assertEquals(Instant.parse("2025-02-12T07:30:00Z"), first.publishedAt());
        assertEquals("المرصد التجريبي", first.source());
        assertEquals("ar", first.language());
        assertEquals(List.of("ثقافة", "مكتبات"), first.keywords());
        assertEquals("https://feeds.example.com/rss_2.0.xml", first.feed());
        assertNull(first.id(), "feed GUIDs are not ids");
    }

    @Test
    void shouldAssumeUtcWhenDateHasNoZoneAndKeepItemWhenDateIsBad() {
        List<RawArticle> items = parse("rss_2.0.xml", null, false);
        assertEquals(Instant.parse("2025-02-13T08:00:00Z"), items.get(1).publishedAt());
        assertEquals("The local team won the regional cup after a close final on Thursday evening.", items.get(1).body());
        assertNull(items.get(2).publishedAt());
        assertNull(items.get(3).url());
    }

    @Test
    void shouldPreferPublishedAndReadHtmlTitleWhenFeedIsAtom() {
        List<RawArticle> items = parse("atom_1.0.xml", "application/atom+xml", false);
        assertEquals("أمطار غزيرة متوقعة نهاية الأسبوع", items.get(0).title());
        assertEquals("https://weather.example.com/rain", items.get(0).url());
        assertEquals(Instant.parse("2025-02-12T08:30:00Z"), items.get(0).publishedAt());
        assertEquals("كاتب تجريبي", items.get(0).author());
        assertEquals("توقعت دائرة الأرصاد أمطارا غزيرة في نهاية الأسبوع.", items.get(0).body());
        assertEquals(Instant.parse("2025-02-14T09:00:00Z"), items.get(1).publishedAt());
    }

    @Test
    void shouldReadItemsWhenFeedIsRss1() {
        List<RawArticle> items = parse("rss_1.0.xml", "application/rdf+xml", false);
        assertEquals(1, items.size());
        assertEquals(Instant.parse("2025-02-10T07:00:00Z"), items.get(0).publishedAt());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "rss_2.0_windows-1256.xml|application/rss+xml",
        "rss_2.0_windows-1256.xml|text/xml",
        "rss_2.0_windows-1256.xml|null",
        "rss_2.0_iso-8859-6.xml|application/xml",
        "rss_2.0_windows-1256_no_prolog_charset.xml|text/xml; charset=windows-1256",
    })
    void shouldDecodeArabicWhenFeedUsesLegacyEncoding(String fixture, String contentType) {
        RawArticle item = parse(fixture, contentType, false).get(0);
        assertEquals("ارتفاع منسوب مياه السد بعد الأمطار", item.title());
        assertEquals("أعلنت الإدارة ارتفاع منسوب المياه في السد بعد أسبوع من الأمطار.", item.body());
    }

    @Test
    void shouldDecodeByTheBomWhenFeedStartsWithOne() {
        String xml = new String(Fixtures.bytes("/feeds/rss_1.0.xml"), StandardCharsets.UTF_8);
        byte[] utf8 = ("\uFEFF" + xml).getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = ("\uFEFF" + xml.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\""))
                .getBytes(StandardCharsets.UTF_16LE);
        FeedSpec spec = new FeedSpec("bom.xml", null, Duration.ofMinutes(1), false);
        for (byte[] body : List.of(utf8, utf16)) {
            assertEquals("تدشين خط حافلات جديد", PARSER.parse(body, "application/xml", spec).items().get(0).title());
        }
    }

    @Test
    void shouldFailNamingFeedWhenHtmlPageIsServed() {
        FeedFailedException e = assertThrows(FeedFailedException.class, () -> parse("page.html", "text/html", false));
        assertEquals("Feed https://feeds.example.com/page.html: served an HTML page, not a feed", e.getMessage());
    }

    @Test
    void shouldRefuseDoctypeWhenFeedIsUntrusted() {
        for (String fixture : List.of("rss_2.0_xxe.xml", "rss_2.0_entity_bomb.xml", "rss_0.91_netscape.xml")) {
            FeedFailedException e = assertThrows(FeedFailedException.class, () -> parse(fixture, null, false));
            assertTrue(e.getMessage().contains("declares a DOCTYPE"), e.getMessage());
        }
    }

    @Test
    void shouldAllowDoctypeWhenFeedIsTrusted() {
        List<RawArticle> items = parse("rss_0.91_netscape.xml", null, true);
        assertEquals("خبر من موجز قديم", items.get(0).title());
    }

    @Test
    void shouldLeaveExternalEntityUnresolvedWhenTrustedFeedHasOne() {
        RawArticle item = parse("rss_2.0_xxe.xml", null, true).get(0);
        assertEquals("سر:", item.title());
    }

    @Test
    void shouldFailInsteadOfExpandingWhenTrustedFeedIsEntityBomb() {
        FeedFailedException e = assertThrows(FeedFailedException.class, () -> parse("rss_2.0_entity_bomb.xml", null, true));
        assertTrue(e.getMessage().startsWith("Feed https://feeds.example.com/rss_2.0_entity_bomb.xml: malformed XML"),
                e.getMessage());
    }

    @Test
    void shouldFailNamingRootWhenXmlIsNotAFeed() {
        FeedSpec spec = new FeedSpec("f.xml", null, Duration.ofMinutes(1), false);
        FeedFailedException e = assertThrows(FeedFailedException.class,
                () -> PARSER.parse("<?xml version=\"1.0\"?><note>x</note>".getBytes(), null, spec));
        assertTrue(e.getMessage().startsWith("Feed f.xml: not an RSS or Atom feed (root element <note>)"), e.getMessage());
    }

    @Test
    void shouldTakeAtMostMaxItemsWhenFeedIsLong() {
        FeedSpec spec = new FeedSpec("f.xml", null, Duration.ofMinutes(1), false);
        ParsedFeed cut = new FeedParser(2, 256).parse(Fixtures.bytes("/feeds/rss_2.0.xml"), null, spec);
        assertEquals(2, cut.items().size());
        assertEquals("2 of 4 items left out, over the limit of 2 (marsad.feeds.max.items)", cut.leftOutReason());
        assertFalse(FeedParser.looksLikeHtml(Fixtures.bytes("/feeds/rss_2.0.xml")));
    }

    /** Issue #13: 5,000 nested elements overflowed the stack of whoever parsed them. */
    @Test
    void shouldFailNamingTheLimitWhenElementsNestDeeperThanIt() {
        String deep = "<x>".repeat(5000) + "</x>".repeat(5000);
        byte[] body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>عنوان</title>"
                + "<description>" + deep + "</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
        FeedSpec spec = new FeedSpec("deep.xml", null, Duration.ofMinutes(1), false);
        FeedFailedException e = assertThrows(FeedFailedException.class, () -> PARSER.parse(body, null, spec));
        assertEquals("Feed deep.xml: elements nested deeper than 256 (marsad.xml.max.depth)", e.getMessage());
    }

    /** Issue #13: a 100,000-item feed yielded 500 items and said nothing of the rest. */
    @Test
    void shouldCountItemsLeftOutWhenFeedHasMoreThanTheLimit() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>");
        for (int i = 0; i < 100_000; i++) {
            xml.append("<item><title>خبر ").append(i).append("</title></item>");
        }
        byte[] body = xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
        ParsedFeed feed = PARSER.parse(body, null, new FeedSpec("big.xml", null, Duration.ofMinutes(1), false));
        assertEquals(500, feed.items().size());
        assertEquals(100_000, feed.total());
        assertEquals("99500 of 100000 items left out, over the limit of 500 (marsad.feeds.max.items)",
                feed.leftOutReason());
    }

    /** #17: the link shapes real feeds use; none costs an item, and an item without a usable link has url null. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "rss_2.0_links.xml|https://links.example.com/news/2025/123 https://links.example.com/ar/sport/44 "
                + "https://links.example.com/guid/7 https://links.example.com/orig/8 null null "
                + "https://links.example.com/news/untitled",
        "rss_0.91_links.xml|https://old.example.com/a/1 https://feeds.example.com/a/2 null",
        "rss_1.0_links.xml|https://feeds.example.com/rdf/1 null",
        "atom_1.0_links.xml|https://atom.example.com/ar/news/1 https://atom.example.com/economy/2 "
                + "https://mirror.example.org/entry1 null"})
    void shouldResolveEveryLinkShapeAndKeepItemsWithoutOneWhenFeedLinksAreOdd(String fixture, String expected) {
        FeedSpec spec = new FeedSpec("https://feeds.example.com/links/" + fixture, null, Duration.ofMinutes(5), false);
        ParsedFeed parsed = PARSER.parse(Fixtures.bytes("/feeds/links/" + fixture), null, spec);
        List<String> urls = parsed.items().stream().map(a -> String.valueOf(a.url())).toList();
        assertEquals(List.of(expected.split(" ")), urls);
        assertEquals(urls.stream().filter("null"::equals).count(), parsed.withoutLink());
    }

    @Test
    void shouldLeaveRelativeLinkUnresolvedWhenFeedIsAFileWithoutXmlBase() {
        FeedSpec spec = new FeedSpec("/srv/feeds/rss_0.91_links.xml", null, Duration.ofMinutes(5), false);
        ParsedFeed parsed = PARSER.parse(Fixtures.bytes("/feeds/links/rss_0.91_links.xml"), null, spec);
        assertEquals("https://old.example.com/a/1", parsed.items().get(0).url());
        assertNull(parsed.items().get(1).url());
        assertEquals("2 of 3 items have no usable link; kept with content-hash ids", parsed.withoutLinkWarning());
    }
}
