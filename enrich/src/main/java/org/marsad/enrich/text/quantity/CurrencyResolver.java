package org.marsad.enrich.text.quantity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Settles the ISO code of a currency form that several countries share ({@code جنيه}, {@code ريال}, {@code £}).
 *
 * <p>Evidence is tried from nearest to farthest, and a source of evidence only counts when it names exactly
 * one currency of the family: a country or outlet word in the same sentence; another mention of the family
 * in the article that names its country ({@code جنيه مصري}); a country word anywhere in the article; the
 * article's source; finally the form's fallback ({@code £} is GBP in English news), else no code.
 */
final class CurrencyResolver {

    /** A context hint found in a field, with the sentence it stands in. */
    private record Hint(FieldScan scan, int sentence, Lexicon.ContextHint hint) {
    }

    private final List<Hint> hints = new ArrayList<>();
    private final List<Lexicon.ContextHint> sourceHints = new ArrayList<>();
    private final List<FieldScan> scans;

    CurrencyResolver(Lexicon lexicon, List<FieldScan> scans, List<Token> source) {
        this.scans = scans;
        for (FieldScan scan : scans) {
            List<Token> tokens = scan.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                PhraseTable.Match<Lexicon.ContextHint> match = lexicon.context.at(tokens, i);
                if (match != null) {
                    hints.add(new Hint(scan, tokens.get(i).sentence(), match.value()));
                }
            }
        }
        for (int i = 0; i < source.size(); i++) {
            PhraseTable.Match<Lexicon.ContextHint> match = lexicon.context.at(source, i);
            if (match != null) {
                sourceHints.add(match.value());
            }
        }
    }

    String resolve(FieldScan scan, Draft draft) {
        CurrencyEntry entry = draft.currency();
        if (entry.iso() != null) {
            return entry.iso();
        }
        String unit = entry.unit();
        int sentence = scan.tokens().get(draft.startToken()).sentence();
        Set<String> near = new HashSet<>();
        Set<String> anywhere = new HashSet<>();
        for (Hint hint : hints) {
            if (hint.hint().unit().equals(unit)) {
                anywhere.add(hint.hint().iso());
                if (hint.scan() == scan && hint.sentence() == sentence) {
                    near.add(hint.hint().iso());
                }
            }
        }
        Set<String> named = new HashSet<>();
        for (FieldScan other : scans) {
            for (Draft mention : other.money()) {
                if (mention.currency().unit().equals(unit) && mention.currency().iso() != null) {
                    named.add(mention.currency().iso());
                }
            }
        }
        Set<String> fromSource = new HashSet<>();
        sourceHints.stream().filter(h -> h.unit().equals(unit)).forEach(h -> fromSource.add(h.iso()));
        for (Set<String> evidence : List.of(near, named, anywhere, fromSource)) {
            if (evidence.size() == 1) {
                return evidence.iterator().next();
            }
        }
        return entry.fallback();
    }
}
