package org.marsad.ingest;

import org.marsad.validation.ArticleValidation;

/**
 * Computes article ids and content hashes.
 *
 * <ul>
 *   <li>With a URL: lowercase hex SHA-256 of {@link CanonicalUrl#of(String) the canonical URL}</li>
 *   <li>Without one: SHA-256 of the normalised title and body, so changed content is a new article</li>
 *   <li>An id given by trusted input (local files, archive import, a push token trusted with ids) is kept
 *       when it matches {@code ArticleValidation.ID_PATTERN} and is neither {@code .} nor {@code ..} (ids become file
 *       and URL path segments downstream); the push endpoint prefixes it with the token's name</li>
 * </ul>
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** The id of the article at {@code url}, any spelling of it. */
    public static String forUrl(String url) {
        return ContentDigest.sha256Hex(CanonicalUrl.of(url));
    }

    /** The id of an article without URL: its normalised title and body. */
    public static String forContent(String title, String body) {
        return ContentDigest.of(title, body);
    }

    /**
     * The hash the seen-state compares: an article whose title or body changed is a new version under the
     * same id. Paragraph breaks and runs of spaces do not count as changes.
     */
    public static String contentHash(String title, String body) {
        return forContent(title, body);
    }

    /** Whether an id supplied by trusted input (a {@code .jsonl} record, a trusted push) is kept. */
    public static boolean isValidGivenId(String id) {
        return ArticleValidation.isValidId(id);
    }
}
