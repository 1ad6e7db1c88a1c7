package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CanonicalUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://www.Example.COM/news/1|https://example.com/news/1",
        "https://example.com:443/news/1/|https://example.com/news/1",
        "http://example.com:80/news/1#comments|https://example.com/news/1",
        "https://example.com|https://example.com/",
        "https://example.com/|https://example.com/",
        "https://example.com:8443/a|https://example.com:8443/a",
        "https://user:pw@example.com/a|https://example.com/a",
        "https://example.com/a?utm_source=x&b=2&fbclid=y&a=1&gclid=z&mc_cid=1&mc_eid=2|https://example.com/a?a=1&b=2",
        "https://example.com/a?UTM_Medium=x|https://example.com/a",
        "https://example.com/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/1|https://example.com/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/1",
        "https://example.com/أخبار/1|https://example.com/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/1",
        "https://example.com/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/1|https://example.com/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/1",
        "https://example.com/a%2Fb|https://example.com/a%2Fb",
        "https://example.com/%7Euser|https://example.com/~user",
        "https://example.com/a b|https://example.com/a%20b",
    })
    void shouldGiveOneSpellingWhenUrlIsWrittenAnyWay(String input, String expected) {
        assertEquals(expected, CanonicalUrl.of(input));
    }

    @Test
    void shouldGiveOneIdWhenArabicPathIsRawOrEncodedOrDecomposed() {
        String raw = ArticleIds.forUrl("http://www.example.com/أخبار/إعلان");
        String encoded = ArticleIds.forUrl("https://example.com/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%A5%D8%B9%D9%84%D8%A7%D9%86");
        // alef + hamza below as two code points: NFC composes it to U+0625
        String decomposed = ArticleIds.forUrl("https://example.com/\u0623\u062E\u0628\u0627\u0631/\u0627\u0655\u0639\u0644\u0627\u0646");
        assertEquals(raw, encoded);
        assertEquals(raw, decomposed);
    }

    @Test
    void shouldGiveDifferentIdsWhenPathsDiffer() {
        assertNotEquals(ArticleIds.forUrl("https://example.com/a"), ArticleIds.forUrl("https://example.com/b"));
        assertNotEquals(ArticleIds.forUrl("https://example.com/a?p=1"), ArticleIds.forUrl("https://example.com/a?p=2"));
    }

    @Test
    void shouldBeLowercaseHexSha256WhenIdIsComputed() {
        // sha256("https://example.com/") computed independently
        assertEquals("0f115db062b7c0dd030b16878c99dea5c354b49dc37b38eb8846179c7783e9d7",
                ArticleIds.forUrl("http://www.example.com"));
    }

    /** The examples of docs/INGEST.md section 5: the doc and the code must agree. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://www.Example.com:80/news/1/#top|3eaea8abd01c3643b0d4c6bc01f2cd93e782b26aa544716606492df1c05de44f",
        "https://example.com/news/1?utm_source=x|3eaea8abd01c3643b0d4c6bc01f2cd93e782b26aa544716606492df1c05de44f",
        "https://example.com/أخبار/1|449611184b6383557dd543a84a569766f7583b60f0d4bc8d925aa20a75013be0",
        "https://example.com/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/1|449611184b6383557dd543a84a569766f7583b60f0d4bc8d925aa20a75013be0",
        "https://example.com/a?b=2&fbclid=z&a=1|051029b6a13fc6686e4523427e03b3a177e6970f9bfe03b026a9a023819b902a",
    })
    void shouldGiveDocumentedIdWhenUrlIsADocExample(String url, String id) {
        assertEquals(id, ArticleIds.forUrl(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ftp://example.com/a", "example.com/a", "https:///a", "javascript:alert(1)"})
    void shouldFailNamingTheUrlWhenItIsNotHttp(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CanonicalUrl.of(url));
        assertEquals("Not an absolute http(s) URL: '" + url + "'", e.getMessage());
    }
}
