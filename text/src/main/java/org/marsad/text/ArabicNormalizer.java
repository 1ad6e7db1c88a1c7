package org.marsad.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Normalises Arabic (and Latin) text for matching, keeping a map to the original offsets.
 *
 * <p>Rules, applied to each char in this order (each later rule sees the output of the earlier ones):
 * <ul>
 *   <li>presentation forms ({@code U+FB50-U+FDFF}, {@code U+FE70-U+FEFF}) are decomposed to their
 *       base letters (NFKC), so {@code ﻻ} becomes {@code لا}</li>
 *   <li>Persian/Urdu letters and non-ASCII digits are folded ({@link ArabicFolding})</li>
 *   <li>hamza-seated alefs and madda ({@code أ إ آ ٱ}) become bare alef {@code ا}</li>
 *   <li>alef maksura {@code ى} becomes yeh {@code ي}</li>
 *   <li>teh marbuta {@code ة} becomes heh {@code ه}</li>
 *   <li>harakat, tanween, shadda, sukun, superscript alef and tatweel are removed</li>
 *   <li>zero-width and bidirectional marks are removed</li>
 *   <li>typographic quotes and dashes become ASCII ({@code « » “ ” „ ‹ ›} to {@code "}, {@code ‘ ’} to
 *       {@code '}, {@code – —} to {@code -}); Arabic comma, semicolon and question mark stay as they are</li>
 * </ul>
 * Latin case is kept: callers that want case-insensitive Latin matching lower-case themselves, because
 * capitalisation is evidence for a proper name.
 */
public final class ArabicNormalizer {

    public static final char ALEF = '\u0627';
    public static final char ALEF_MADDA = '\u0622';
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    public static final char ALEF_WASLA = '\u0671';
    public static final char ALEF_MAKSURA = '\u0649';
    public static final char TATWEEL = '\u0640';
    public static final char FATHATAN = '\u064B';
    public static final char SUKUN = '\u0652';
    public static final char SUPERSCRIPT_ALEF = '\u0670';

    private ArabicNormalizer() {
    }

    public static NormalizedText normalize(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] origins = new int[original.length() + 1];
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (isPresentationForm(c)) {
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                for (int k = 0; k < decomposed.length(); k++) {
                    origins = append(out, origins, normalizeChar(decomposed.charAt(k)), i);
                }
            } else {
                origins = append(out, origins, normalizeChar(c), i);
            }
        }
        int[] exact = Arrays.copyOf(origins, out.length() + 1);
        exact[out.length()] = original.length();
        return new NormalizedText(original, out.toString(), exact);
    }

    /** Normalises one char; returns {@code 0} when the char is removed. */
    public static char normalizeChar(char c) {
        char folded = ArabicFolding.fold(c);
        return switch (folded) {
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA -> ALEF;
            case ALEF_MAKSURA -> ArabicFolding.YEH;
            case ArabicFolding.TEH_MARBUTA -> ArabicFolding.HEH;
            case '\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E', '\u2039', '\u203A' -> '"';
            case '\u2018', '\u2019' -> '\'';
            case '\u2013', '\u2014' -> '-';
            default -> isRemoved(folded) ? 0 : folded;
        };
    }

    /** True for harakat, tanween, shadda, sukun, superscript alef, tatweel and invisible format marks. */
    public static boolean isRemoved(char c) {
        return (c >= FATHATAN && c <= SUKUN)
                || c == SUPERSCRIPT_ALEF
                || c == TATWEEL
                || (c >= '\u200B' && c <= '\u200F')
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u061C'
                || c == '\uFEFF';
    }

    /** Normalised form of a short string (a gazetteer alias, a trigger word), without offsets. */
    public static String normalizeToString(String text) {
        return normalize(text).text();
    }

    private static boolean isPresentationForm(char c) {
        return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');
    }

    private static int[] append(StringBuilder out, int[] origins, char c, int origin) {
        if (c == 0) {
            return origins;
        }
        int[] grown = out.length() + 1 >= origins.length ? Arrays.copyOf(origins, origins.length * 2 + 2) : origins;
        grown[out.length()] = origin;
        out.append(c);
        return grown;
    }
}
