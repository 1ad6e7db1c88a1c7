package org.marsad.text;

/**
 * Folds Persian/Urdu letter forms and non-ASCII digits to their Arabic and ASCII equivalents,
 * one character for one character, so offsets into the folded text are offsets into the input.
 *
 * <ul>
 *   <li>Farsi yeh {@code ی}, yeh barree {@code ے}, yeh with tail {@code ۍ} and yeh E {@code ې} to Arabic
 *       yeh {@code ي}</li>
 *   <li>keheh {@code ک} and swash kaf {@code ڪ} to kaf {@code ك}</li>
 *   <li>heh goal {@code ہ}, ae {@code ە}, heh doachashmee {@code ھ} to heh {@code ه}; heh with yeh {@code ۀ}
 *       and teh marbuta goal {@code ۃ} to teh marbuta {@code ة}</li>
 *   <li>Arabic-Indic {@code ٠-٩} and extended (Persian) {@code ۰-۹} digits to {@code 0-9}</li>
 *   <li>Arabic decimal separator {@code ٫} to {@code .}; Arabic thousands separator {@code ٬} to {@code ,}</li>
 * </ul>
 *
 * <p>Both the ingest stage (scraped keyword lines use Persian letters) and the enrich stage's matching
 * normaliser use this class, so the two never disagree on what a letter is.
 */
public final class ArabicFolding {

    public static final char YEH = '\u064A';
    public static final char FARSI_YEH = '\u06CC';
    public static final char YEH_BARREE = '\u06D2';
    public static final char KAF = '\u0643';
    public static final char KEHEH = '\u06A9';
    public static final char SWASH_KAF = '\u06AA';
    public static final char YEH_WITH_TAIL = '\u06CD';
    public static final char YEH_E = '\u06D0';
    public static final char HEH = '\u0647';
    public static final char HEH_GOAL = '\u06C1';
    public static final char AE = '\u06D5';
    public static final char HEH_DOACHASHMEE = '\u06BE';
    public static final char TEH_MARBUTA = '\u0629';
    public static final char HEH_YEH = '\u06C0';
    public static final char TEH_MARBUTA_GOAL = '\u06C3';
    public static final char ARABIC_INDIC_ZERO = '\u0660';
    public static final char EXTENDED_ARABIC_INDIC_ZERO = '\u06F0';
    public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

    private ArabicFolding() {
    }

    /** Folds one character; characters without a folding are returned unchanged. */
    public static char fold(char c) {
        if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) {
            return (char) ('0' + (c - ARABIC_INDIC_ZERO));
        }
        if (c >= EXTENDED_ARABIC_INDIC_ZERO && c <= EXTENDED_ARABIC_INDIC_ZERO + 9) {
            return (char) ('0' + (c - EXTENDED_ARABIC_INDIC_ZERO));
        }
        return switch (c) {
            case FARSI_YEH, YEH_BARREE, YEH_WITH_TAIL, YEH_E -> YEH;
            case KEHEH, SWASH_KAF -> KAF;
            case HEH_GOAL, AE, HEH_DOACHASHMEE -> HEH;
            case HEH_YEH, TEH_MARBUTA_GOAL -> TEH_MARBUTA;
            case ARABIC_DECIMAL_SEPARATOR -> '.';
            case ARABIC_THOUSANDS_SEPARATOR -> ',';
            default -> c;
        };
    }

    /** Folds every character of {@code text}; the result has the same length. */
    public static String fold(String text) {
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char folded = fold(chars[i]);
            if (folded != chars[i]) {
                chars[i] = folded;
                changed = true;
            }
        }
        return changed ? new String(chars) : text;
    }
}
