package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** #17: keyword lines scraped without separators. Lines written for this test. */
class KeywordSplitterTest {

    private final KeywordSplitter splitter = new KeywordSplitter(List.of("حريات", "المؤسسة غير الربحية",
            "مليار دولار", "الزراعة"));

    @Test
    void shouldSplitOnListedPhrasesAndKeepUnknownRunsWhole() {
        assertEquals(List.of("حريات", "المؤسسة غير الربحية", "مليار دولار", "تقرير سنوي جديد"),
                splitter.split("حريات المؤسسة غير الربحية مليار دولار تقرير سنوي جديد", List.of()));
    }

    @Test
    void shouldMakeKnownSpansTagsWidenedToWholeWords() {
        String line = "الزراعة والسعودية قطاع التمور في الخليج";
        int start = line.indexOf("السعودية");
        assertEquals(List.of("الزراعة", "والسعودية", "قطاع التمور في", "الخليج"),
                splitter.split(line, List.of(new int[] {start, start + "السعودية".length()},
                        new int[] {line.indexOf("الخليج"), line.length()})));
    }

    @Test
    void shouldMatchPhrasesWhateverTheirHamzaOrTehMarbutaSpelling() {
        assertEquals(List.of("اخبار اليوم", "المؤسسه غير الربحيه"),
                splitter.split("اخبار اليوم المؤسسه غير الربحيه", List.of()));
    }

    @Test
    void shouldKeepShortLineWholeAndDropDuplicates() {
        assertEquals(List.of("دعم المزارعين الصغار"), splitter.split(" دعم المزارعين الصغار ", List.of()));
        assertEquals(List.of("حريات", "خبر", "الزراعة"), splitter.split("حريات خبر الزراعة حريات", List.of()));
    }
}
