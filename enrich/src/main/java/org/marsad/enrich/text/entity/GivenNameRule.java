package org.marsad.enrich.text.entity;

import java.util.List;
import java.util.Set;
import org.marsad.enrich.text.EntityType;
import org.marsad.enrich.text.Field;

/**
 * Tags a common given name followed by a name-shaped word as a PERSON ({@code محمد العلي}, {@code John
 * Harlow}), the way a reader recognises a person nobody introduced. A given name that is also a common
 * word ({@code سعيد}, {@code نور}, {@code Will}) is no evidence on its own: it needs a trigger or the gazetteer.
 *
 * <p>Guards, each against a false person seen in hand-written news sentences:
 * <ul>
 *   <li>a given name that is a stopword is none ({@code آنا} folds to {@code أنا} "I"), and one that is a listed
 *       organisation or place is that ({@code تسنيم الإيرانية} is the agency);</li>
 *   <li>a name found behind a stripped proclitic needs a stem of {@value #MIN_STRIPPED_STEM} letters, since
 *       short names hide in common words ({@code وسام} = {@code و} + {@code سام}, {@code بيان} = {@code ب} +
 *       {@code يان}, {@code بريد} = {@code ب} + {@code ريد});</li>
 *   <li>in Arabic, the name ends before a listed place or organisation ({@code زار محمد مصر});</li>
 *   <li>in English, a run that ends in or before an organisation suffix is a company or a school
 *       ({@code Johns Hopkins University}) or a place named after a person ({@code Ben Gurion Airport},
 *       {@code facility-words.txt}); headlines and keyword lines are Title Case, so there a given name
 *       takes one more word only, and a common-word one ({@code Hope}, {@code Bill}) none; in the body a
 *       common-word one takes exactly one capitalised word ({@code Will Smith won}, not {@code Grace Period
 *       Ends}) and none after a determiner ({@code the Rose Garden}).</li>
 * </ul>
 */
final class GivenNameRule {

    /** Shortest stem a given name may have when a proclitic was stripped off the token to find it. */
    static final int MIN_STRIPPED_STEM = 4;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "every", "each", "no",
            "his", "her", "their", "its", "our", "my", "your", "in", "of");

    private final Lexicon lexicon;
    private final NameTokens names;
    private final Gazetteer gazetteer;

    GivenNameRule(Lexicon lexicon, NameTokens names, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.names = names;
        this.gazetteer = gazetteer;
    }

    void find(FieldText field, List<Candidate> out) {
        TokenizedText t = field.tokens();
        for (int i = 0; i < t.size(); i++) {
            PhraseMatch given = PhraseMatch.longestAt(lexicon.givenNames, t, i);
            if (given == null || given.end() >= t.size() || !isName(t, given) || isListedOther(field, given)) {
                continue;
            }
            int end = beforeListed(field, given.end(), end(field, given));
            if (end > given.end()) {
                out.add(Candidate.over(field, i, end, given.skip(), EntityType.PERSON, null, null, Candidate.RULE));
                i = end - 1;
            }
        }
    }

    /** Whether the matched words may open a name at all, before looking at what follows. */
    private boolean isName(TokenizedText t, PhraseMatch given) {
        String stem = t.key(given.first()).substring(given.skip());
        boolean oneWord = given.end() - given.first() == 1;
        if (oneWord && lexicon.isStop(stem)) {
            return false;
        }
        return given.skip() == 0 || stem.length() >= MIN_STRIPPED_STEM || !oneWord;
    }

    /** A given name that is also a listed organisation or place ({@code تسنيم}, {@code Tiffany}) is that. */
    private boolean isListedOther(FieldText field, PhraseMatch given) {
        Candidate listed = gazetteer.match(field, given.first());
        return listed != null && listed.type() != EntityType.PERSON && listed.end() >= given.end();
    }

    private int end(FieldText field, PhraseMatch given) {
        TokenizedText t = field.tokens();
        int next = given.end();
        boolean oneWord = next - given.first() == 1;
        String stem = t.key(given.first()).substring(given.skip());
        boolean ambiguous = oneWord && lexicon.ambiguous.contains(stem);
        if (t.kind(given.first()) == TokenizedText.Kind.LATIN) {
            return latinEnd(field, given.first(), next, ambiguous);
        }
        if (ambiguous) {
            return next;
        }
        return names.surnameEnd(t, Math.max(next, names.compoundEnd(t, given.first())), given.first());
    }

    private int latinEnd(FieldText field, int first, int next, boolean ambiguous) {
        TokenizedText t = field.tokens();
        boolean body = field.field() == Field.BODY;
        if (!t.isCapitalised(first) || ambiguous && (!body || first > 0 && DETERMINERS.contains(t.key(first - 1)))) {
            return next;
        }
        int end = names.latinEnd(t, next, body && !ambiguous ? NameTokens.MAX_PERSON - 1 : 1);
        boolean suffixed = end > next && endsInstitution(t.key(end - 1))
                || end < t.size() && t.isCapitalised(end) && endsInstitution(t.key(end));
        // A common-word name opening a capitalised run is a Title Case line (Grace Period Ends), not a person.
        boolean runOn = ambiguous && end < t.size() && t.isCapitalised(end);
        return suffixed || runOn ? next : end;
    }

    private boolean endsInstitution(String key) {
        return lexicon.orgSuffixes.contains(key) || lexicon.facilityWords.contains(key);
    }

    /**
     * Cuts an Arabic family part before the first word that opens a listed place, organisation or other name
     * ({@code زار محمد مصر}). Not in English, where such a word after a first name is the surname
     * ({@code Michael Jordan}) and a listed company name is linked whole ({@code John Deere}).
     */
    private int beforeListed(FieldText field, int next, int end) {
        if (field.tokens().kind(next) != TokenizedText.Kind.ARABIC) {
            return end;
        }
        for (int k = next; k < end; k++) {
            Candidate listed = gazetteer.match(field, k);
            if (listed != null && listed.type() != EntityType.PERSON) {
                return k;
            }
        }
        return end;
    }
}
