package org.marsad.enrich.text.quantity;

import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.enrich.text.CurrencyBasis;
import org.marsad.enrich.text.EntitySpan;
import org.marsad.enrich.text.TextDocument;
import org.marsad.text.ArabicNormalizer;

/**
 * Settles the ISO code of a currency form that several countries share ({@code جنيه}, {@code ريال}, {@code £},
 * {@code $}) and says how ({@link CurrencyBasis}).
 *
 * <p>Evidence is tried from nearest to farthest, and a step only counts when it names exactly one currency of
 * the form's family: a country word or place in the same sentence; another mention of the family that names
 * its country ({@code جنيه مصري}); a country word or place anywhere in the article; the source's country, then
 * its name; the country-code domain of the article's address; finally the form's fallback ({@code £} is GBP in
 * English news), else no code. A country counts through its currency ({@link Currency} per ISO 3166 code), so
 * Egypt is evidence for {@code جنيه} and none for {@code $}.
 */
final class CurrencyResolver {

    /** An ISO code and how it was found. */
    record Resolution(String iso, CurrencyBasis basis) {

        static final Resolution NONE = new Resolution(null, null);
    }

    private final Lexicon lexicon;
    private final Map<String, Set<String>> bySentence = new HashMap<>();
    private final Set<String> named = new HashSet<>();
    private final Set<String> anywhere = new HashSet<>();
    private final Set<String> fromSourceCountry = new HashSet<>();
    private final Set<String> fromSourceName = new HashSet<>();
    private final Set<String> fromAddress = new HashSet<>();

    CurrencyResolver(Lexicon lexicon, List<FieldScan> scans, TextDocument document, List<EntitySpan> entities,
            EntityCountries countries) {
        this.lexicon = lexicon;
        for (FieldScan scan : scans) {
            List<Token> tokens = scan.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                PhraseTable.Match<Lexicon.ContextHint> match = lexicon.contextAt(tokens, i);
                if (match != null) {
                    addHere(scan, tokens.get(i).sentence(), match.value().iso());
                }
            }
            for (Draft mention : scan.money()) {
                if (mention.currency().iso() != null) {
                    named.add(mention.currency().iso());
                }
            }
        }
        for (EntitySpan entity : entities) {
            String iso = currencyOf(countries.countryOf(entity));
            FieldScan scan = iso == null ? null : scanOf(scans, entity);
            if (scan != null) {
                addHere(scan, EntitySentences.sentenceAt(scan, entity.start()), iso);
            }
        }
        addIfPresent(fromSourceCountry, currencyOf(document.sourceCountry()));
        addIfPresent(fromAddress, currencyOf(UrlRegions.countryOf(document.url())));
        if (document.source() != null) {
            List<Token> source = lexicon.tokenize(ArabicNormalizer.normalizeToString(document.source()));
            for (int i = 0; i < source.size(); i++) {
                PhraseTable.Match<Lexicon.ContextHint> match = lexicon.contextAt(source, i);
                if (match != null) {
                    fromSourceName.add(match.value().iso());
                }
            }
        }
    }

    Resolution resolve(FieldScan scan, Draft draft) {
        CurrencyEntry entry = draft.currency();
        if (entry.iso() != null) {
            return new Resolution(entry.iso(), CurrencyBasis.EXPLICIT);
        }
        Set<String> family = lexicon.familyCodes(entry.unit());
        String sentence = key(scan, scan.tokens().get(draft.startToken()).sentence());
        List<Set<String>> steps = List.of(bySentence.getOrDefault(sentence, Set.of()), named, anywhere,
                fromSourceCountry, fromSourceName, fromAddress);
        List<CurrencyBasis> bases = List.of(CurrencyBasis.SENTENCE, CurrencyBasis.ARTICLE, CurrencyBasis.ARTICLE,
                CurrencyBasis.SOURCE, CurrencyBasis.SOURCE, CurrencyBasis.SOURCE);
        for (int k = 0; k < steps.size(); k++) {
            String only = onlyOne(steps.get(k), family);
            if (only != null) {
                return new Resolution(only, bases.get(k));
            }
        }
        return entry.fallback() == null ? Resolution.NONE : new Resolution(entry.fallback(), CurrencyBasis.DEFAULT);
    }

    /** The one code of {@code evidence} in the family, or null when it names none or several. */
    private static String onlyOne(Set<String> evidence, Set<String> family) {
        String found = null;
        for (String iso : evidence) {
            if (family.contains(iso)) {
                if (found != null) {
                    return null;
                }
                found = iso;
            }
        }
        return found;
    }

    private void addHere(FieldScan scan, int sentence, String iso) {
        anywhere.add(iso);
        bySentence.computeIfAbsent(key(scan, sentence), k -> new HashSet<>()).add(iso);
    }

    private static FieldScan scanOf(List<FieldScan> scans, EntitySpan entity) {
        for (FieldScan scan : scans) {
            if (scan.field() == entity.field()) {
                return scan;
            }
        }
        return null;
    }

    /** The currency of an ISO 3166 country, or null (no country, or one without a currency of its own). */
    static String currencyOf(String country) {
        if (country == null) {
            return null;
        }
        try {
            Currency currency = Currency.getInstance(new Locale("", country));
            return currency == null ? null : currency.getCurrencyCode();
        } catch (IllegalArgumentException e) {
            // a code the JDK does not know has no currency to offer as evidence
            return null;
        }
    }

    private static void addIfPresent(Set<String> set, String iso) {
        if (iso != null) {
            set.add(iso);
        }
    }

    private static String key(FieldScan scan, int sentence) {
        return scan.field() + "/" + sentence;
    }
}
