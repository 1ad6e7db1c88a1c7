package org.marsad.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** #17: a keyword line scraped without separators becomes tags; lines written for this test. */
class KeywordTagsTest {

    private static final DocumentAnalyzer ANALYZER = DocumentAnalyzer.load(null, null);

    private static List<String> tags(String... keywords) {
        List<String> list = List.of(keywords);
        Analysis found = ANALYZER.analyze(new TextDocument("", "", list, "ar", null, null));
        return KeywordTags.bundled().tags(list, found.entities());
    }

    @Test
    void shouldSplitSeparatorlessLineWithCommonTagsAndKeepUnknownRunWhole() {
        assertEquals(List.of("حريات", "المؤسسة غير الربحية", "مليار دولار", "تقرير سنوي جديد"),
                tags("حريات المؤسسة غير الربحية مليار دولار تقرير سنوي جديد"));
    }

    @Test
    void shouldMakeGazetteerAndPlaceNamesTagsOfTheirOwn() {
        List<String> tags = tags("الزراعة مصر قطاع القطن طويل التيلة");
        assertEquals("الزراعة", tags.get(0));
        assertEquals("مصر", tags.get(1), String.valueOf(tags));
        assertEquals("قطاع القطن طويل التيلة", tags.get(2), String.valueOf(tags));
    }

    @Test
    void shouldKeepShortKeywordsAndSeparatedOnesAsTheyAre() {
        assertEquals(List.of("دعم المزارعين", "زيتون"), tags("دعم المزارعين", "زيتون"));
        assertTrue(tags().isEmpty());
    }
}
