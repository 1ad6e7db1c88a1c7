package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleIdsTest {

    @Test
    void shouldGiveSameContentIdWhenOnlyWhitespaceDiffers() {
        assertEquals(ArticleIds.forContent("عنوان  الخبر", "فقرة أولى\n\nفقرة ثانية"),
                ArticleIds.forContent(" عنوان الخبر", "فقرة أولى فقرة   ثانية "));
    }

    @Test
    void shouldGiveNewContentIdWhenBodyChanges() {
        assertNotEquals(ArticleIds.forContent("عنوان", "نص قديم"), ArticleIds.forContent("عنوان", "نص جديد"));
    }

    @Test
    void shouldNotConfuseTitleAndBodyWhenTheirBoundaryMoves() {
        assertNotEquals(ArticleIds.forContent("a b", "c"), ArticleIds.forContent("a", "b c"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "a.b_c:d-9", "...", "wire:..", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})
    void shouldKeepGivenIdWhenItMatchesThePattern(String id) {
        assertTrue(ArticleIds.isValidGivenId(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "a b", "a/b", "a\\b", "خبر", "a\nb", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void shouldRejectGivenIdWhenItBreaksThePattern(String id) {
        assertFalse(ArticleIds.isValidGivenId(id));
    }
}
