package org.marsad.ingest.text;

import java.util.Set;

/**
 * Tells, for a paragraph that starts {@code إعلان} and a space, whether the words after it are a clause of their
 * own (a sub-heading or a sentence the ad label was glued onto) or the rest of a sentence whose subject is the
 * noun {@code إعلان} (#17). The noun {@code إعلان} is a verbal noun: it takes {@code عن} or {@code أن}, directly
 * or after its agent ({@code إعلان الحكومة عن خطة}), and a verb after it agrees with it (masculine). Rules:
 *
 * <ol>
 *   <li>the first word is a clause opener (a verb or conjunction and verb, {@link #OPENERS}): a clause;</li>
 *   <li>the first or second word is a particle the verbal noun governs ({@link #GOVERNED}): the noun;</li>
 *   <li>the second word is an imperfect verb ({@code يـ}, {@code تـ}, {@code سيـ}, {@code ستـ}) agreeing with
 *       the first word rather than with {@code إعلان}: a clause. A feminine first word (ending in {@code ة})
 *       with a masculine verb ({@code إعلان الحكومة يثير}) agrees with {@code إعلان}: the noun;</li>
 *   <li>anything else: the noun (kept), since keeping a label costs one word and removing a noun costs meaning.</li>
 * </ol>
 *
 * Known limit: a masculine agent and a masculine verb ({@code إعلان الوزير يثير جدلا}) read as a clause.
 */
final class LabelClause {

    /** Words that begin a clause and cannot follow the noun إعلان as its complement: verbs of reporting, linkers. */
    static final Set<String> OPENERS = Set.of("قال", "وقال", "قالت", "وقالت", "أضاف", "وأضاف", "أضافت", "وأضافت",
            "أكد", "وأكد", "أكدت", "وأكدت", "أوضح", "وأوضح", "أشار", "وأشار", "تابع", "وتابع", "ذكر", "وذكر", "ذكرت",
            "وذكرت", "كان", "وكان", "كانت", "وكانت", "كما", "بينما", "ومن", "وفي", "ويأتي", "وتأتي", "يأتي", "تأتي",
            "ولفت", "لفت", "وبحسب", "بحسب", "وفقا", "ووفقا", "حيث", "إلا", "لكن", "ولكن", "ثم", "وقد", "فقد", "وهو",
            "وهي", "هذا", "وهذا", "يذكر", "ويذكر", "يشار", "ويشار");
    /** Particles the verbal noun إعلان governs: after it or its agent they make it the noun. */
    static final Set<String> GOVERNED = Set.of("عن", "أن", "ان", "بأن", "بان", "لـ", "على");
    private static final char TEH_MARBUTA = '\u0629';

    private LabelClause() {
    }

    /** Whether {@code after} (the paragraph after {@code إعلان} and its space) is a clause of its own. */
    static boolean startsOwnClause(String after) {
        String[] words = after.split("\\s+", 3);
        if (words.length == 0 || words[0].isEmpty()) {
            return false;
        }
        String first = bare(words[0]);
        if (OPENERS.contains(first)) {
            return true;
        }
        if (GOVERNED.contains(first) || words.length < 2 || GOVERNED.contains(bare(words[1]))) {
            return false;
        }
        String verb = bare(words[1]);
        if (!isImperfectVerb(verb)) {
            return false;
        }
        boolean feminineAgent = first.charAt(first.length() - 1) == TEH_MARBUTA;
        boolean feminineVerb = verb.charAt(verb.startsWith("س") ? 1 : 0) == 'ت';
        return feminineAgent == feminineVerb;
    }

    /** An imperfect verb's prefix and at least three root letters; a definite noun ({@code الـ}) is none. */
    private static boolean isImperfectVerb(String word) {
        String stem = word.startsWith("سي") || word.startsWith("ست") ? word.substring(1) : word;
        return (stem.startsWith("ي") || stem.startsWith("ت")) && stem.length() >= 4;
    }

    /** The word without punctuation around it. */
    private static String bare(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetter(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }
}
