package org.marsad.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedListFileTest {

    private static final Duration DEFAULT = Duration.ofMinutes(5);

    @Test
    void shouldReadOptionsWhenLinesCarryThem(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("feeds.txt"), """
                # Marsad feeds
                https://news.example.com/rss.xml interval=10m name=المرصد التجريبي

                https://old.example.net/netscape.rss trusted
                /srv/feeds/local.xml interval=PT1H trusted name=محلي
                """);
        assertEquals(List.of(
                new FeedSpec("https://news.example.com/rss.xml", "المرصد التجريبي", Duration.ofMinutes(10), false),
                new FeedSpec("https://old.example.net/netscape.rss", null, DEFAULT, true),
                new FeedSpec("/srv/feeds/local.xml", "محلي", Duration.ofHours(1), true)), FeedListFile.read(file, DEFAULT));
    }

    @Test
    void shouldFailNamingFileAndLineWhenOptionIsUnknown(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("feeds.txt"), "https://a.example/rss\nhttps://b.example/rss every=5m\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeedListFile.read(file, DEFAULT));
        assertEquals(file + ":2: unknown option 'every=5m' (expected interval=DURATION, trusted, country=CC, header=NAME:VALUE or name=NAME)",
                e.getMessage());
    }

    @Test
    void shouldReadSourceCountryWhenLineGivesOne() {
        FeedSpec spec = FeedListFile.parseLine("https://a.example.com.sa/rss country=sa name=صحيفة", DEFAULT, "f:1");
        assertEquals("SA", spec.sourceCountry());
        assertEquals("صحيفة", spec.name());
        assertEquals(null, FeedListFile.parseLine("https://b.example/rss", DEFAULT, "f:2").sourceCountry());
    }

    @Test
    void shouldFailNamingFileAndLineWhenCountryIsNoIsoCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeedListFile.parseLine("https://a.example/rss country=KSA", DEFAULT, "feeds.txt:3"));
        assertEquals("feeds.txt:3: country 'KSA' is not an ISO 3166-1 alpha-2 country code", e.getMessage());
    }

    @Test
    void shouldFailNamingFileAndLineWhenIntervalIsBad() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeedListFile.parseLine("https://a.example/rss interval=soon", DEFAULT, "feeds.txt:7"));
        assertEquals("feeds.txt:7: bad interval 'soon' (use 30s, 5m, 1h or PT5M)", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> FeedListFile.parseLine("https://a.example/rss interval=0s", DEFAULT, "feeds.txt:8"));
    }

    /** #17: headers from the feeds file, values from the environment, never shown. */
    @Test
    void shouldReadHeadersWithEnvironmentValuesAndNeverShowThem() {
        FeedSpec spec = FeedListFile.parseLine("https://api.example/rss header=X-Api-Key:${NEWS_API_KEY}"
                + " header=Authorization:${NEWS_AUTH} name=وكالة", DEFAULT, "f:1",
                name -> name.equals("NEWS_API_KEY") ? "s3cret-key" : "Basic dXNlcjpwYXNz");
        assertEquals(java.util.Map.of("X-Api-Key", "s3cret-key", "Authorization", "Basic dXNlcjpwYXNz"),
                spec.headers().values());
        assertEquals("وكالة", spec.name());
        assertFalse(spec.toString().contains("s3cret"), spec.toString());
        assertFalse(spec.toString().contains("dXNlcjpwYXNz"), spec.toString());
    }

    @Test
    void shouldFailNamingLineAndVariableWhenHeaderVariableIsUnset() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeedListFile.parseLine(
                "https://api.example/rss header=X-Api-Key:${MISSING_KEY}", DEFAULT, "feeds.txt:4", name -> null));
        assertEquals("feeds.txt:4: header 'X-Api-Key' uses ${MISSING_KEY}, which is not set in the environment",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FeedListFile.parseLine(
                "https://api.example/rss header=Bad Header:x", DEFAULT, "feeds.txt:5", name -> null));
    }
}
