package org.marsad.enrich.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.text.LanguageDetector;
import org.marsad.text.LanguageRun;
import org.marsad.text.ParagraphLanguages;

/**
 * Keeps only the entities found in paragraphs of a language Marsad has an entity tagger for (Arabic, English),
 * so a Persian or Urdu paragraph, whose function words the Arabic tagger reads as names, yields none (#11).
 *
 * <p>Paragraph languages come from {@link ParagraphLanguages}. A paragraph that reads as Arabic inside an
 * article whose source says {@code fa} or {@code ur} takes the article's language: a short Persian paragraph may
 * hold too little evidence to tell, and the source knows. Undetermined paragraphs (a French quote, a list of
 * numbers) keep their entities, as before. Money, percentages and dates run on every language: digits and
 * currency words are shared across these scripts.
 */
final class TaggedLanguages {

    private static final Set<String> TAGGED = Set.of(LanguageDetector.ARABIC, LanguageDetector.ENGLISH,
            LanguageDetector.UNDETERMINED);
    private static final Set<String> ARABIC_SCRIPT_OTHERS = Set.of(LanguageDetector.PERSIAN, LanguageDetector.URDU);

    private TaggedLanguages() {
    }

    static List<EntitySpan> keep(TextDocument document, List<EntitySpan> found) {
        String language = document.language();
        if (found.isEmpty() || TAGGED.contains(language) && !mayHoldOtherLanguage(document)) {
            // Nearly every article: no Persian or Urdu letter anywhere, nothing to split.
            return found;
        }
        Map<String, List<LanguageRun>> runs = new HashMap<>();
        return found.stream().filter(span -> TAGGED.contains(languageAt(document, span, runs))).toList();
    }

    private static boolean mayHoldOtherLanguage(TextDocument document) {
        return LanguageDetector.mayHoldPersianOrUrdu(document.title())
                || LanguageDetector.mayHoldPersianOrUrdu(document.body())
                || document.keywords().stream().anyMatch(LanguageDetector::mayHoldPersianOrUrdu);
    }

    private static String languageAt(TextDocument document, EntitySpan span, Map<String, List<LanguageRun>> cache) {
        String key = span.field() + ":" + span.index();
        List<LanguageRun> runs = cache.computeIfAbsent(key, k ->
                ParagraphLanguages.of(document.text(span.field(), span.index() == null ? 0 : span.index()),
                        document.language()));
        for (LanguageRun run : runs) {
            if (span.start() >= run.start() && span.start() < run.end()) {
                boolean sourceSaysOther = ARABIC_SCRIPT_OTHERS.contains(document.language());
                return sourceSaysOther && run.language().equals(LanguageDetector.ARABIC) ? document.language()
                        : run.language();
            }
        }
        return document.language();
    }
}
