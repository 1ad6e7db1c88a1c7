package org.marsad.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.marsad.model.RawArticle;

/**
 * The rules a {@link RawArticle} must meet to be written to or read from {@code marsad.articles.raw}, the same
 * for every stage (push, files, feeds, archive import, enrich), so what ingest accepts, enrich tags:
 *
 * <ul>
 *   <li>{@code schemaVersion} between 1 and {@link RawArticle#SCHEMA_VERSION};</li>
 *   <li>{@code id} present and matching {@link #ID_PATTERN};</li>
 *   <li>{@code title} present and not blank; a source that gave none gets one from the body first
 *       ({@link #withDerivedTitle}), so only an article with neither title nor text breaks this rule;</li>
 *   <li>{@code body} may be absent or empty (title-only feed items are articles);</li>
 *   <li>the record as JSON at most {@code marsad.article.max.bytes} ({@link #size}).</li>
 * </ul>
 *
 * Pure: no Kafka, no I/O. Stage-specific checks (a record key equal to the id) stay in the stage.
 */
public final class ArticleValidation {

    /** What an article id may be: printable, safe in file names, URLs and Kafka keys. */
    public static final Pattern ID_PATTERN = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private ArticleValidation() {
    }

    /** Every broken rule of {@code article}, in the order listed above; empty when it is valid. */
    public static List<Violation> validate(RawArticle article) {
        List<Violation> violations = new ArrayList<>(2);
        SchemaVersions.check(article.schemaVersion(), RawArticle.SCHEMA_VERSION).ifPresent(violations::add);
        if (article.id() == null || article.id().isBlank()) {
            violations.add(new Violation("id", "missing or blank"));
        } else if (!isValidId(article.id())) {
            violations.add(new Violation("id", "must match " + ID_PATTERN.pattern()));
        }
        if (article.title() == null || article.title().isBlank()) {
            violations.add(new Violation("title", "missing or blank"));
        }
        return violations;
    }

    /**
     * {@code article} with a title {@link DerivedTitle derived} from its body (flagged {@code titleDerived}) when
     * it has none and its body has text; else {@code article} itself. Writers call it before {@link #validate}.
     */
    public static RawArticle withDerivedTitle(RawArticle article) {
        if (article.title() != null && !article.title().isBlank()) {
            return article;
        }
        String derived = DerivedTitle.from(article.body());
        return derived == null ? article : article.withDerivedTitle(derived);
    }

    /** Whether {@code id} may be an article id. */
    public static boolean isValidId(String id) {
        return id != null && ID_PATTERN.matcher(id).matches() && !id.equals(".") && !id.equals("..");
    }

    /** The size rule: a record of {@code jsonBytes} bytes against the limit {@code maxBytes}. */
    public static Optional<Violation> size(long jsonBytes, long maxBytes) {
        if (jsonBytes <= maxBytes) {
            return Optional.empty();
        }
        return Optional.of(new Violation("article", "article of " + jsonBytes + " bytes is over the limit of "
                + maxBytes + " bytes (marsad.article.max.bytes)"));
    }
}
