package org.marsad.model;

/**
 * A date.
 *
 * @param text the mention as written
 * @param iso {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} at the precision written; {@code --MM-DD}
 *     for a day without a year when the article's publication year is unknown
 * @param field {@code title}, {@code body} or {@code keywords}
 * @param start half-open UTF-16 start offset into the field
 * @param end half-open UTF-16 end offset into the field
 */
public record DateMention(String text, String iso, String field, int start, int end) {
}
