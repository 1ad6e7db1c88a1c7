package org.marsad.search.analysis;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.text.ArabicNormalizer;

/**
 * Puts each token through Marsad's {@link ArabicNormalizer} (the one enrich matches with: hamza forms, alef
 * maksura, teh marbuta, harakat, tatweel, Persian letters, digits) and lower-cases Latin, so a query and an
 * article written with different spellings meet on one form. Offsets stay those of the original token.
 */
final class NormalizingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    NormalizingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String normalized = ArabicNormalizer.normalizeToString(term.toString()).toLowerCase(Locale.ROOT);
        term.setEmpty().append(normalized);
        return true;
    }
}
