package org.marsad.enrich.text.quantity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    private final Map<String, Set<String>> nearby = new HashMap<>();
    private final Map<String, Set<String>> anywhere = new HashMap<>();
    private final Map<String, Set<String>> named = new HashMap<>();
    private final Map<String, Set<String>> fromSource = new HashMap<>();

    CurrencyResolver(Lexicon lexicon, List<FieldScan> scans, List<Token> source) {
        for (FieldScan scan : scans) {
            List<Token> tokens = scan.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                PhraseTable.Match<Lexicon.ContextHint> match = lexicon.context.at(tokens, i);
                if (match != null) {
                    Lexicon.ContextHint hint = match.value();
                    add(anywhere, hint.unit(), hint.iso());
                    add(nearby, key(scan, tokens.get(i).sentence(), hint.unit()), hint.iso());
                }
            }
            for (Draft mention : scan.money()) {
                if (mention.currency().iso() != null) {
                    add(named, mention.currency().unit(), mention.currency().iso());
                }
            }
        }
        for (int i = 0; i < source.size(); i++) {
            PhraseTable.Match<Lexicon.ContextHint> match = lexicon.context.at(source, i);
            if (match != null) {
                add(fromSource, match.value().unit(), match.value().iso());
            }
        }
    }

    String resolve(FieldScan scan, Draft draft) {
        CurrencyEntry entry = draft.currency();
        if (entry.iso() != null) {
            return entry.iso();
        }
        String unit = entry.unit();
        String sentence = key(scan, scan.tokens().get(draft.startToken()).sentence(), unit);
        for (Set<String> evidence : List.of(
                nearby.getOrDefault(sentence, Set.of()), named.getOrDefault(unit, Set.of()),
                anywhere.getOrDefault(unit, Set.of()), fromSource.getOrDefault(unit, Set.of()))) {
            if (evidence.size() == 1) {
                return evidence.iterator().next();
            }
        }
        return entry.fallback();
    }

    private static String key(FieldScan scan, int sentence, String unit) {
        return scan.field() + "/" + sentence + "/" + unit;
    }

    private static void add(Map<String, Set<String>> evidence, String key, String iso) {
        evidence.computeIfAbsent(key, k -> new HashSet<>()).add(iso);
    }
}
