package org.marsad.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.marsad.text.Proclitics;

/**
 * Index side only: after each normalised token, emits its clitic-stripped forms from the shared
 * {@link Proclitics} table at the same position, so {@code لاوبن} is also indexed as {@code اوبن} and a search
 * for {@code أوبن} finds it. Lucene's Arabic stemmer alone strips only the article combinations and leaves a
 * bare {@code ل} or {@code ب} on a word without the article.
 *
 * <p>The query side does not expand: a query word means what it says, and a stripped form that is not a word
 * ({@code بنان} from {@code لبنان}) only adds recall for that rare query.
 */
final class ProcliticVariantFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State original;

    ProcliticVariantFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(original);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() > 0) {
            List<Proclitics.Variant> variants = Proclitics.variants(term.toString());
            // The first variant is the token itself, already being emitted.
            for (int i = 1; i < variants.size(); i++) {
                pending.add(variants.get(i).key());
            }
            if (!pending.isEmpty()) {
                original = captureState();
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        original = null;
    }
}
