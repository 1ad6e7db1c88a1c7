package org.marsad.enrich.text.entity;

import java.util.List;

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
    /** Imperfect prefixes of verb forms V, VI (يت, تت) and X (يست, تست). */
    private static final List<String> DERIVED_IMPERFECT_PREFIXES = List.of(
            "\u064A\u062A", "\u062A\u062A", "\u064A\u0633\u062A", "\u062A\u0633\u062A");

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
     * End of the family part of a name from {@code next}, the name having begun at {@code first}: bare
     * words, or an article word that ends the name ({@code محمد العلي}).
     */
    int surnameEnd(TokenizedText t, int next, int first) {
        int end = next;
        while (end < t.size() && end - first < MAX_PERSON && isArabicName(t, end) && t.key(end).charAt(0) != WAW) {
            String key = t.key(end);
            if (Proclitics.hasGluedArticle(key) || t.hasArticle(end) && !endsName(t, end + 1)
                    || isVerbShaped(key) && !lexicon.isGivenName(key)) {
                break;
            }
            end = compoundEnd(t, end);
        }
        return end;
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

    /** An imperfect verb's shape ({@code يعمل}, {@code تخطط}); given names of that shape are checked by callers. */
    private static boolean isVerbShaped(String key) {
        return key.length() == IMPERFECT_LENGTH && (key.charAt(0) == TEH || key.charAt(0) == YEH)
                || isDerivedImperfect(key);
    }

    /**
     * An imperfect of the derived verb forms ({@code يتطور}, {@code تتحدث}, {@code يستمر}, {@code تستعد}): hardly
     * a name ever starts so, while a verb often follows a title ({@code اللاعب المصري يتطور}). The rare name
     * that does ({@code يتسحاق}) is a given name, which callers let through.
     */
    static boolean isDerivedImperfect(String key) {
        return key.length() > IMPERFECT_LENGTH && DERIVED_IMPERFECT_PREFIXES.stream().anyMatch(key::startsWith);
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
