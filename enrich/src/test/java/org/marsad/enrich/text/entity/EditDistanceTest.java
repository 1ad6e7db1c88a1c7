package org.marsad.enrich.text.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One-edit spelling variants, as used by document consistency. */
class EditDistanceTest {

    @ParameterizedTest
    @CsvSource({"توبروف,توبيروف,true", "ماسك,ماسك,true", "ماسك,ماسكي,true", "بايدن,بايدم,true",
        "ترامب,تراميس,false", "سامي,سامح,true", "abcdef,abdcef,false"})
    void shouldDecideOneEditWhenWordsCompared(String a, String b, boolean expected) {
        assertEquals(expected, EditDistance.atMostOne(a, b));
        assertEquals(expected, EditDistance.atMostOne(b, a));
    }
}
