package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The clitic table: each kind of prefix yields the expected stem and span skip, within length guards. */
class ProcliticsTest {

    private static List<Proclitics.Variant> variants(String word) {
        return Proclitics.variants(ArabicNormalizer.normalizeToString(word));
    }

    private static boolean has(String word, String stem, int skip) {
        String key = ArabicNormalizer.normalizeToString(stem);
        return variants(word).stream().anyMatch(v -> v.key().equals(key) && v.skip() == skip);
    }

    @Test
    void shouldStripConjunctionWhenWaw() {
        assertTrue(has("وماسك", "ماسك", 1));
    }

    @Test
    void shouldRestoreArticleWhenLamLamMerged() {
        assertTrue(has("للأمم", "الأمم", 1));
    }

    @Test
    void shouldKeepArticleInsideSpanWhenPrepositionAndArticle() {
        assertTrue(has("بالعراق", "العراق", 1));
    }

    @Test
    void shouldNotDropArticleWhenNameIsListedWithoutIt() {
        assertTrue(!has("المالي", "مالي", 0), "المالي is 'financial', not Mali");
        assertTrue(!has("بالتركية", "تركية", 1), "بالتركية is 'in Turkish'");
    }

    @Test
    void shouldNotStripWhenStemTooShort() {
        assertEquals(1, variants("وم").size());
    }

    @Test
    void shouldListUnstrippedTokenFirstWhenVariantsGenerated() {
        assertEquals(new Proclitics.Variant("لبنان", 0), variants("لبنان").get(0));
    }
}
