package org.marsad.ingest.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the ad label {@code إعلان} that scraped Arabic news pages leave where an ad stood, without
 * touching the real word.
 *
 * <ul>
 *   <li>Glued to the next word ({@code إعلانحيث}): removed, unless what follows is one of the word's own
 *       endings ({@code إعلانات}, {@code إعلانه}, {@code إعلانها}, {@code إعلانية} ...), listed in
 *       {@link #WORD_ENDINGS}</li>
 *   <li>Standing alone: removed when it is the whole line, or when it follows the end of a sentence inside
 *       a line ({@code قال. إعلان وأضاف}); kept inside a sentence, where the layout says it is the noun</li>
 *   <li>At the start of a paragraph, followed by a space: removed only when what follows is a clause of its
 *       own ({@link LabelClause}: {@code إعلان التمان يرفض العرض}, {@code إعلان وقال المتحدث}); kept when
 *       {@code إعلان} is the noun heading the sentence ({@code إعلان الحكومة عن خطة}, {@code إعلان الاستقلال
 *       حدث تاريخي}) (#17)</li>
 *   <li>Words that merely contain the letters ({@code الإعلانات}, {@code والإعلان}, {@code بإعلان}) never
 *       start with the label and are never touched</li>
 * </ul>
 */
public final class AdLabel {

    public static final String LABEL = "\u0625\u0639\u0644\u0627\u0646";

    /** What may follow إعلان inside one real word: plural, pronoun suffixes, adjective and tanween forms. */
    static final Set<String> WORD_ENDINGS = Set.of("ات", "اته", "اتها", "اتهم", "اتنا", "اتكم", "ه", "ها", "هم",
            "هما", "هن", "ك", "كم", "كما", "ي", "نا", "ا", "ان", "ين", "ية", "يه", "يا", "يات", "يته", "يتها", "يين",
            "يان");

    private static final Pattern LABEL_AT_WORD_START = Pattern.compile("(?<![\\p{L}\\p{M}])" + LABEL + "(\\S*)");
    private static final Pattern HARAKAT = Pattern.compile("[\\u064B-\\u065F\\u0670]");
    private static final String SENTENCE_ENDS = ".!?؟:؛…»\"";

    private AdLabel() {
    }

    /** One line (paragraph) without its ad labels, whitespace normalised; empty when it was only a label. */
    public static String remove(String line) {
        String text = Paragraphs.normalise(line);
        if (!text.contains(LABEL)) {
            // Nearly every line: skip the look-behind regex and the second normalisation.
            return text;
        }
        if (text.equals(LABEL)) {
            return "";
        }
        Matcher m = LABEL_AT_WORD_START.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            if (isLabel(text, m.start(), m.group(1))) {
                last = m.start() + LABEL.length();
            } else {
                last = m.start();
            }
        }
        out.append(text.substring(last));
        return Paragraphs.normalise(out.toString());
    }

    private static boolean isLabel(String text, int start, String rest) {
        boolean glued = !rest.isEmpty() && Character.isLetter(rest.charAt(0));
        if (glued) {
            return !WORD_ENDINGS.contains(HARAKAT.matcher(trimPunctuation(rest)).replaceAll(""));
        }
        if (!rest.isEmpty()) {
            return false;
        }
        return start > 0 ? followsSentenceEnd(text, start)
                : LabelClause.startsOwnClause(text.substring(LABEL.length()).strip());
    }

    private static boolean followsSentenceEnd(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
    }

    private static String trimPunctuation(String word) {
        int end = word.length();
        while (end > 0 && !Character.isLetter(word.charAt(end - 1)) && Character.getType(word.charAt(end - 1))
                != Character.NON_SPACING_MARK) {
            end--;
        }
        return word.substring(0, end);
    }
}
