package org.marsad.enrich.text.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits normalised text into digit runs, Arabic or Latin letter runs and single symbols in one pass.
 *
 * <p>A digit run keeps a separator ({@code , . ،} or the letter {@code ر} that wire copy writes between the
 * two halves of a reversed decimal) only when a digit follows it, so a sentence-final full stop or a list
 * comma never becomes part of a number. Scripts never share a token, which splits {@code والبحرين0,1} and
 * {@code 4.7bn} where a reader would.
 */
final class Tokenizer {

    static final char ARABIC_COMMA = '\u060C';
    static final char REVERSED_DECIMAL_MARK = '\u0631';
    private static final String SENTENCE_ENDS = ".!?\u061F\n";

    private Tokenizer() {
    }

    static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>(s.length() / 5 + 4);
        int sentence = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end = tokenEnd(s, i);
            if (isDigit(c)) {
                tokens.add(new Token(Token.Kind.NUMBER, s.substring(i, end), i, end, sentence, false, false));
            } else if (isArabicLetter(c)) {
                tokens.add(new Token(Token.Kind.WORD, s.substring(i, end), i, end, sentence, false, false));
            } else if (isLatinLetter(c)) {
                tokens.add(latinWord(s.substring(i, end), i, end, sentence));
            } else if (!Character.isWhitespace(c)) {
                tokens.add(new Token(Token.Kind.SYMBOL, String.valueOf(c), i, end, sentence, false, false));
            }
            if (SENTENCE_ENDS.indexOf(c) >= 0) {
                sentence++;
            }
            i = end;
        }
        return tokens;
    }

    /** End of the token that starts at {@code i}: a digit run, a letter run of one script, or one char. */
    private static int tokenEnd(String s, int i) {
        char c = s.charAt(i);
        if (isDigit(c)) {
            return digitRunEnd(s, i);
        }
        int end = i + 1;
        if (isArabicLetter(c)) {
            while (end < s.length() && isArabicLetter(s.charAt(end))) {
                end++;
            }
        } else if (isLatinLetter(c)) {
            while (end < s.length() && isLatinLetter(s.charAt(end))) {
                end++;
            }
        }
        return end;
    }

    private static Token latinWord(String word, int start, int end, int sentence) {
        boolean upper = true;
        for (int k = 0; k < word.length() && upper; k++) {
            upper = Character.isUpperCase(word.charAt(k));
        }
        boolean capital = Character.isUpperCase(word.charAt(0));
        return new Token(Token.Kind.WORD, word.toLowerCase(Locale.ROOT), start, end, sentence, upper, capital);
    }

    private static int digitRunEnd(String s, int i) {
        int end = i + 1;
        int n = s.length();
        while (end < n) {
            char c = s.charAt(end);
            if (isDigit(c)) {
                end++;
            } else if (isSeparator(c) && end + 1 < n && isDigit(s.charAt(end + 1))) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '.' || c == ARABIC_COMMA || c == REVERSED_DECIMAL_MARK;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isArabicLetter(char c) {
        return (c >= '\u0620' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3') || (c >= '\u06FA' && c <= '\u06FF');
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '\u00C0' && c <= '\u024F' && Character.isLetter(c));
    }
}
