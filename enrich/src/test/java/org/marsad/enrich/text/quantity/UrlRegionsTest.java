package org.marsad.enrich.text.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The address rules of {@link UrlRegions}. */
class UrlRegionsTest {

    @Test
    void shouldCoverAddressWhenSchemeStartsIt() {
        String text = "Details at https://example.com/q?rate=5%25 and 7% more";
        UrlRegions urls = UrlRegions.of(text);
        assertTrue(urls.covers(text.indexOf("https")));
        assertTrue(urls.covers(text.indexOf("5%25")));
        assertFalse(urls.covers(text.indexOf("7%")));
        assertFalse(urls.covers(text.indexOf("Details")));
    }

    @Test
    void shouldCoverAddressWhenItStartsWithWww() {
        String text = "See www.example.org/a%20b for 3% off";
        UrlRegions urls = UrlRegions.of(text);
        assertTrue(urls.covers(text.indexOf("%20")));
        assertFalse(urls.covers(text.indexOf("3%")));
    }

    @Test
    void shouldNotCoverWhenWwwIsInsideAWord() {
        String text = "the awww.5 tag costs $5";
        assertFalse(UrlRegions.of(text).covers(text.indexOf("$5")));
    }

    @Test
    void shouldEndAddressAtQuotationMark() {
        String text = "\"http://example.com/10%\" rose 10%";
        UrlRegions urls = UrlRegions.of(text);
        assertTrue(urls.covers(text.indexOf("10%")));
        assertFalse(urls.covers(text.lastIndexOf("10%")));
    }

    @Test
    void shouldCoverSeveralAddresses() {
        String text = "http://a.com/1%20 then 2% then http://b.com/3%20";
        UrlRegions urls = UrlRegions.of(text);
        assertTrue(urls.covers(text.indexOf("1%20")));
        assertFalse(urls.covers(text.indexOf("2%")));
        assertTrue(urls.covers(text.indexOf("3%20")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "https://www.example.com.sa/news/1|SA", "https://example.com.eg/a?b=1|EG", "http://news.example.ae|AE",
        "https://www.example.co.uk/x|GB", "https://example.com/x|-", "https://startup.io/x|-", "not a url|-",
        "-|-", "https://example.zz/x|-"})
    void shouldReadCountryWhenAddressHasCountryCodeDomain(String address, String country) {
        assertEquals(country, UrlRegions.countryOf(address));
    }
}
