package org.marsad.enrich.text.quantity;

import java.util.List;
import org.marsad.enrich.text.Field;
import org.marsad.text.NormalizedText;

/**
 * What the extractor found in one field before currencies are settled across the article.
 *
 * @param field the field
 * @param text the field normalised, with its map back to the original
 * @param tokens the tokens of the normalised text
 * @param money money drafts in order
 * @param percentages percent drafts in order
 * @param dates dates found
 */
record FieldScan(
        Field field, NormalizedText text, List<Token> tokens, List<Draft> money, List<Draft> percentages,
        List<DateFinder.Found> dates) {
}
