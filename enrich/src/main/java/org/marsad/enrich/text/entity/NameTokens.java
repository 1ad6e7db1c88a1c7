package org.marsad.enrich.text.entity;

import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Proclitics;

/**
 * Decides how many tokens after a trigger or head still belong to the name, stopping at punctuation,
 * stopwords and word shapes that are not names; shared by the person and organisation rules.
 */
final class NameTokens {

    /** At most this many tokens after a trigger: {@code عبد الفتاح السيسي}, {@code Mary Ann Smith}. */
    static final int MAX_PERSON = 3;
    /** At most this many tokens after an organisation head: {@code أوبن إيه آي}, {@code العدالة والتنمية}. */
    static final int MAX_ORG = 3;
    static final int MAX_LATIN = 5;

    private static final char TEH_MARBUTA_FOLDED = '\u0647';
    private static final char WAW = '\u0648';
    private static final char TEH = '\u062A';
    private static final String WAW_ARTICLE = "\u0648\u0627\u0644";
    private static final String NISBA = "\u064A";
    private static final String NISBA_FEMININE = "\u064A\u0647";
    private static final char YEH = '\u064A';
    /** Longest word that may continue a name spelled out after {@code شركة}: {@code إيه}, {@code آي}, {@code إكس}. */
    private static final int SPELLED_SYLLABLE = 3;
    /** Length of a triliteral imperfect verb: {@code يعلن}, {@code تخطط}. */
    private static final int IMPERFECT_LENGTH = 4;
    /** Shortest nisba family name with its article, and shortest word read as carrying an object pronoun. */
    private static final int MIN_NISBA = 5;
    private static final String PRONOUN_HER = "\u0647\u0627";
    private static final String PRONOUN_THEM = "\u0647\u0645";
    /** The {@code ست} of a tenth-form imperfect ({@code يستعد}, {@code تستضيف}), after its person prefix. */
    private static final String DERIVED_PREFIX = "\u0633\u062A";

    private final Lexicon lexicon;

    NameTokens(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** End of a run of capitalised Latin tokens from {@code first}, at most {@code max}. */
    int latinEnd(TokenizedText t, int first, int max) {
        int end = first;
        while (end < t.size() && end - first < max && t.isCapitalised(end) && !lexicon.isStop(t.key(end))) {
            end++;
        }
        return end;
    }

    /**
     * End of a person name in Arabic script from {@code first}. The first token has no article (given names
     * do not take one); a later one may ({@code بشار الأسد}) only when the name ends with it, since an
     * article word in mid-run is usually the object of the verb.
     */
    int arabicPersonEnd(TokenizedText t, int first) {
        if (!isArabicName(t, first) || t.isDefinite(first)
                || isDerivedImperfect(t.key(first)) && !lexicon.isGivenName(t.key(first))) {
            return first;
        }
        return surnameEnd(t, compoundEnd(t, first), first);
    }

    /**
     * End of the family part of a name from {@code next}, the name having begun at {@code first}: bare words,
     * then at most one article word, which ends the name. A nisba ({@code الزعبي}) is a family name whatever
     * follows; another article word only right after the first name and before punctuation or a stopword
     * ({@code بشار الأسد.}), since one in mid-sentence or after a surname is usually the verb's object
     * ({@code حضر فلان فلاني الاجتماع}). A bare word carrying an object pronoun ({@code استقالتها}) is the object.
     */
    int surnameEnd(TokenizedText t, int next, int first) {
        int end = next;
        while (end < t.size() && end - first < MAX_PERSON && isArabicName(t, end) && t.key(end).charAt(0) != WAW) {
            String key = t.key(end);
            if (Proclitics.hasGluedArticle(key) || isVerbShaped(key) && !lexicon.isGivenName(key)
                    || hasObjectPronoun(key) || isObjectShaped(t, end, end > next)) {
                break;
            }
            if (t.hasArticle(end)) {
                return isFamilyNisba(t, end) || end == next && endsName(t, end + 1) ? end + 1 : end;
            }
            end = compoundEnd(t, end);
        }
        return end;
    }

    /**
     * An article word ending in yeh as written ({@code الزعبي}, {@code السوداني}); a final alef maksura folds to
     * the same letter but marks a noun ({@code المستشفى}, {@code المبنى}), so the original letter decides.
     */
    private static boolean isFamilyNisba(TokenizedText t, int token) {
        String key = t.key(token);
        if (key.length() < MIN_NISBA || !key.endsWith(NISBA)) {
            return false;
        }
        String original = t.original();
        int k = t.originalEnd(token + 1) - 1;
        while (k > 0 && ArabicNormalizer.isRemoved(original.charAt(k))) {
            k--;
        }
        return original.charAt(k) == YEH;
    }

    /**
     * A word shaped like the verb's object rather than a name: written with tanween ({@code وفداً}), a definite
     * word behind a preposition ({@code بالقرار}), or, after a surname, an accusative ending in alef
     * ({@code مقالا}), unless it or the word before it is a given name ({@code باراك حسين أوباما}).
     */
    private boolean isObjectShaped(TokenizedText t, int token, boolean afterSurname) {
        String key = t.key(token);
        boolean accusative = afterSurname && key.charAt(key.length() - 1) == ArabicNormalizer.ALEF
                && !lexicon.isGivenName(key) && !lexicon.isGivenName(t.key(token - 1));
        return accusative || t.hasTanween(token) || Proclitics.hasArticleBehindClitic(key);
    }

    /** A word of five letters or more ending in the pronoun {@code ها} or {@code هم}: an object, not a surname. */
    private static boolean hasObjectPronoun(String key) {
        return key.length() >= MIN_NISBA && (key.endsWith(PRONOUN_HER) || key.endsWith(PRONOUN_THEM));
    }

    /** End of one name unit: {@code عبد الله}, {@code أبو بكر}, {@code بن سلمان} are one unit each. */
    int compoundEnd(TokenizedText t, int token) {
        boolean joined = lexicon.nameJoiners.contains(t.key(token)) && token + 1 < t.size()
                && isArabicName(t, token + 1);
        return joined ? token + 2 : token + 1;
    }

    /**
     * End of a name after a head. An included head ({@code وزارة}) is followed by a genitive chain of
     * article words ({@code الخارجية الأمريكية}, {@code العدالة والتنمية}) or a bare name; an excluded head
     * ({@code شركة}) by a bare name only, a name head ({@code مدينة}) by either. A bare feminine word right
     * after a head is an adjective ({@code شركة ناشئة}), not a name.
     */
    int arabicNameEnd(TokenizedText t, int first, int mode) {
        if (!isArabicName(t, first) || isFeminineAdjective(t.key(first))) {
            return first;
        }
        boolean articles = t.hasArticle(first);
        if (articles && mode == Lexicon.HEAD_EXCLUDED) {
            return first;
        }
        int end = first + 1;
        while (end < t.size() && end - first < MAX_ORG && isArabicName(t, end)) {
            String key = t.key(end);
            boolean conjoined = key.startsWith(WAW_ARTICLE);
            boolean article = t.hasArticle(end) || conjoined;
            if (article != articles || (!article && !continuesBareName(key, mode))
                    || (article && !conjoined && !isNisba(key) && !lexicon.chainAdjectives.contains(key))) {
                break;
            }
            end++;
        }
        return end;
    }

    /**
     * Whether a bare word continues a bare name. After {@code شركة} only the short syllables of a spelled-out
     * name do ({@code أوبن إيه آي}): a longer word there is usually the verb or object that follows
     * ({@code شركة أمازون تخطط}). After other heads a word shaped like an imperfect verb ({@code ت}/{@code ي}
     * plus three letters) or led by {@code و} ends the name.
     */
    private static boolean continuesBareName(String key, int mode) {
        if (mode == Lexicon.HEAD_EXCLUDED) {
            return key.length() <= SPELLED_SYLLABLE;
        }
        return key.charAt(0) != WAW && !isVerbShaped(key);
    }

    /**
     * An imperfect verb's shape: a triliteral ({@code يعمل}, {@code تخطط}), or a derived form whose prefix no
     * name has ({@code يتصدر}, {@code تتجه}, {@code يستعد}); given names of that shape are checked by callers.
     */
    private static boolean isVerbShaped(String key) {
        if (key.length() < IMPERFECT_LENGTH || key.charAt(0) != TEH && key.charAt(0) != YEH) {
            return false;
        }
        return key.length() == IMPERFECT_LENGTH || key.charAt(1) == TEH
                || key.length() > DERIVED_PREFIX.length() + 2 && key.startsWith(DERIVED_PREFIX, 1);
    }

    /**
     * An imperfect of the derived verb forms ({@code يتطور}, {@code تتحدث}, {@code يستمر}, {@code تستعد}): hardly
     * a name ever starts so, while a verb often follows a title ({@code اللاعب المصري يتطور}). The rare name
     * that does ({@code يتسحاق}) is a given name, which callers let through.
     */
    private static boolean isDerivedImperfect(String key) {
        return key.length() > IMPERFECT_LENGTH && isVerbShaped(key);
    }

    /**
     * A relational adjective ({@code الدولي}, {@code الأمريكية}) continues an article-chain name, as do the few
     * adjectives of official names in {@code chain-adjectives.txt} ({@code الأمن العام}); any other article word
     * after the first is usually the object of the verb ({@code نقلت وكالة الأنباء الوطنية الخبر}).
     */
    private static boolean isNisba(String key) {
        return key.endsWith(NISBA) || key.endsWith(NISBA_FEMININE);
    }

    private boolean isFeminineAdjective(String key) {
        return !Proclitics.hasArticle(key) && key.charAt(key.length() - 1) == TEH_MARBUTA_FOLDED;
    }

    /** An Arabic word that may be part of a name: not a stopword, and not a role or head opening a new phrase. */
    private boolean isArabicName(TokenizedText t, int token) {
        return t.kind(token) == TokenizedText.Kind.ARABIC && !lexicon.isStop(t.key(token))
                && t.key(token).length() >= 2 && !opensPhrase(t, token);
    }

    private boolean opensPhrase(TokenizedText t, int token) {
        return PhraseMatch.longestAt(lexicon.nameHeads, t, token) != null
                || PhraseMatch.longestAt(lexicon.personTriggers, t, token) != null;
    }

    private boolean endsName(TokenizedText t, int token) {
        return token >= t.size() || !t.isWord(token) || lexicon.isStop(t.key(token));
    }
}
