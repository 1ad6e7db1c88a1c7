package org.marsad.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParagraphsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'  نص   عربي\t '|نص عربي",
        "'نص\u00A0عربي'|نص عربي",
        "'نص\u200Bعربي'|نصعربي",
        "'a\u2003b'|a b",
        "'سطر\nسطر'|سطر سطر",
    })
    void shouldCollapseSpacesAndDropInvisiblesWhenNormalising(String input, String expected) {
        assertEquals(expected, Paragraphs.normalise(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"فقرة", "فقرة أولى\n\nفقرة ثانية", "a b"})
    void shouldSeeNormalBodyWhenItIsClean(String body) {
        assertTrue(Paragraphs.isNormalBody(body));
        assertEquals(body, Paragraphs.fromLines(body));
    }

    @ParameterizedTest
    @ValueSource(strings = {" فقرة", "فقرة ", "a  b", "a\n\n\nb", "a\nb", "a\n\n b", "a\tb", "a\u00ADb", "a\u00A0b"})
    void shouldSeeDirtyBodyWhenItNeedsRewriting(String body) {
        assertFalse(Paragraphs.isNormalBody(body));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'a\n\nb'|a b", "'a \n\n b'|a b", "'a'|a"})
    void shouldJoinParagraphsWithSpacesWhenFlattening(String body, String expected) {
        assertEquals(expected, Paragraphs.flatten(body));
    }
}
