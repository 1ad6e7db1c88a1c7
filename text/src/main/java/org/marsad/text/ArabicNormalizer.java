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
    public static final char LEFT_GUILLEMET = '\u00AB';
    public static final char RIGHT_GUILLEMET = '\u00BB';
    public static final char LEFT_DOUBLE_QUOTE = '\u201C';
    public static final char RIGHT_DOUBLE_QUOTE = '\u201D';
    public static final char LOW_DOUBLE_QUOTE = '\u201E';
    public static final char LEFT_ANGLE_QUOTE = '\u2039';
    public static final char RIGHT_ANGLE_QUOTE = '\u203A';
    public static final char LEFT_SINGLE_QUOTE = '\u2018';
    public static final char RIGHT_SINGLE_QUOTE = '\u2019';
    public static final char EN_DASH = '\u2013';
    public static final char EM_DASH = '\u2014';
    public static final char ZERO_WIDTH_SPACE = '\u200B';
    public static final char RIGHT_TO_LEFT_MARK = '\u200F';
    public static final char LEFT_TO_RIGHT_EMBEDDING = '\u202A';
    public static final char RIGHT_TO_LEFT_OVERRIDE = '\u202E';
    public static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
    public static final char POP_DIRECTIONAL_ISOLATE = '\u2069';
    public static final char ARABIC_LETTER_MARK = '\u061C';
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private ArabicNormalizer() {
    }

    public static NormalizedText normalize(String original) {
        Output out = new Output(original.length());
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (isPresentationForm(c)) {
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                for (int k = 0; k < decomposed.length(); k++) {
                    out.add(normalizeChar(decomposed.charAt(k)), i);
                }
            } else {
                out.add(normalizeChar(c), i);
            }
        }
        return out.toText(original);
    }

    /** Normalises one char; returns {@code 0} when the char is removed. */
    public static char normalizeChar(char c) {
        char folded = ArabicFolding.fold(c);
        return switch (folded) {
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA -> ALEF;
            case ALEF_MAKSURA -> ArabicFolding.YEH;
            case ArabicFolding.TEH_MARBUTA -> ArabicFolding.HEH;
            case LEFT_GUILLEMET, RIGHT_GUILLEMET, LEFT_DOUBLE_QUOTE, RIGHT_DOUBLE_QUOTE, LOW_DOUBLE_QUOTE,
                    LEFT_ANGLE_QUOTE, RIGHT_ANGLE_QUOTE -> '"';
            case LEFT_SINGLE_QUOTE, RIGHT_SINGLE_QUOTE -> '\'';
            case EN_DASH, EM_DASH -> '-';
            default -> isRemoved(folded) ? 0 : folded;
        };
    }

    /** True for harakat, tanween, shadda, sukun, superscript alef, tatweel and invisible format marks. */
    public static boolean isRemoved(char c) {
        return (c >= FATHATAN && c <= SUKUN)
                || c == SUPERSCRIPT_ALEF
                || c == TATWEEL
                || (c >= ZERO_WIDTH_SPACE && c <= RIGHT_TO_LEFT_MARK)
                || (c >= LEFT_TO_RIGHT_EMBEDDING && c <= RIGHT_TO_LEFT_OVERRIDE)
                || (c >= LEFT_TO_RIGHT_ISOLATE && c <= POP_DIRECTIONAL_ISOLATE)
                || c == ARABIC_LETTER_MARK
                || c == BYTE_ORDER_MARK;
    }

    /**
     * A text that is already this normaliser's output (words of a normalised text joined again), each char its own
     * origin. Normalising it again would change nothing, since every char's normal form is a fixed point
     * ({@code ArabicNormalizerTest} checks all of them), so the work is skipped.
     */
    public static NormalizedText alreadyNormalized(String normalized) {
        int[] origins = new int[normalized.length() + 1];
        for (int i = 0; i < origins.length; i++) {
            origins[i] = i;
        }
        return new NormalizedText(normalized, normalized, origins);
    }

    /** Normalised form of a short string (a gazetteer alias, a trigger word), without offsets. */
    public static String normalizeToString(String text) {
        return normalize(text).text();
    }

    private static boolean isPresentationForm(char c) {
        return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');
    }

    /**
     * The normalised chars and their origins in plain arrays, not a StringBuilder and a grown map: every field
     * of every article passes here char by char, and the output is never longer than the input unless a
     * presentation form decomposes.
     */
    private static final class Output {
        private char[] chars;
        private int[] origins;
        private int size;

        Output(int capacity) {
            chars = new char[capacity];
            origins = new int[capacity + 1];
        }

        void add(char c, int origin) {
            if (c == 0) {
                return;
            }
            if (size == chars.length) {
                chars = Arrays.copyOf(chars, chars.length * 2 + 2);
                origins = Arrays.copyOf(origins, chars.length + 1);
            }
            chars[size] = c;
            origins[size++] = origin;
        }

        NormalizedText toText(String original) {
            int[] exact = origins.length == size + 1 ? origins : Arrays.copyOf(origins, size + 1);
            exact[size] = original.length();
            return new NormalizedText(original, new String(chars, 0, size), exact);
        }
    }
}
