package org.marsad.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.RawArticle;

class ArticleValidationTest {

    private static RawArticle article(int version, String id, String title, String body) {
        return new RawArticle(version, id, null, "مصدر", null, title, body, "ar", null,
                Instant.parse("2026-12-02T10:00:00Z"), null, List.of(), null);
    }

    @Test
    void shouldAcceptTitleOnlyArticleWhenBodyIsEmptyOrAbsent() {
        assertEquals(List.of(), ArticleValidation.validate(article(1, "a-1", "عنوان فقط", "")));
        assertEquals(List.of(), ArticleValidation.validate(article(1, "a-1", "عنوان فقط", null)));
    }

    @Test
    void shouldRejectWhenTitleIsMissingOrBlank() {
        assertEquals(List.of(new Violation("title", "missing or blank")),
                ArticleValidation.validate(article(1, "a-1", " \n", "نص")));
        assertEquals(List.of(new Violation("title", "missing or blank")),
                ArticleValidation.validate(article(1, "a-1", null, "نص")));
    }

    @Test
    void shouldRejectWhenIdIsMissingOrMalformed() {
        assertEquals("Invalid field 'id': missing or blank",
                ArticleValidation.validate(article(1, null, "عنوان", "")).get(0).message());
        assertEquals(new Violation("id", "must match [A-Za-z0-9._:-]{1,128}"),
                ArticleValidation.validate(article(1, "a/b", "عنوان", "")).get(0));
        assertEquals("id", ArticleValidation.validate(article(1, "x".repeat(129), "عنوان", "")).get(0).field());
    }

    @Test
    void shouldRejectWhenSchemaVersionIsUnsupported() {
        assertEquals("schemaVersion", ArticleValidation.validate(article(0, "a-1", "عنوان", "")).get(0).field());
        assertEquals("schemaVersion",
                ArticleValidation.validate(article(RawArticle.SCHEMA_VERSION + 1, "a-1", "عنوان", "")).get(0).field());
    }

    @Test
    void shouldNameEveryBrokenRuleInOrderWhenSeveralAreBroken() {
        List<Violation> violations = ArticleValidation.validate(article(9, "", "", ""));
        assertEquals(List.of("schemaVersion", "id", "title"), violations.stream().map(Violation::field).toList());
    }

    @Test
    void shouldRejectWhenOverTheSizeLimit() {
        assertTrue(ArticleValidation.size(1024, 1024).isEmpty());
        assertEquals("Invalid field 'article': article of 1025 bytes is over the limit of 1024 bytes"
                + " (marsad.article.max.bytes)",
                ArticleValidation.size(1025, 1024).orElseThrow().message());
    }

    @Test
    void shouldDeriveTitleOnlyWhenTitleIsMissingAndBodyHasText() {
        RawArticle derived = ArticleValidation.withDerivedTitle(article(1, "a-1", " ", "افتتح الوزير المعرض. ثم غادر."));
        assertEquals("افتتح الوزير المعرض", derived.title());
        assertEquals(Boolean.TRUE, derived.titleDerived());
        assertEquals(List.of(), ArticleValidation.validate(derived));
        RawArticle titled = article(1, "a-1", "عنوان", "نص");
        assertSame(titled, ArticleValidation.withDerivedTitle(titled));
        RawArticle empty = article(1, "a-1", null, " ");
        assertEquals(List.of(new Violation("title", "missing or blank")),
                ArticleValidation.validate(ArticleValidation.withDerivedTitle(empty)));
    }
}
