package org.marsad.enrich.text.quantity;

import java.math.BigDecimal;

/**
 * Reads a digit run with separators as an exact decimal, or null when the separators are ambiguous.
 *
 * <ul>
 *   <li>{@code 1,345,123} and {@code 1.345.123}: every group after the first has three digits, so thousands</li>
 *   <li>{@code 97.4}: one full stop is a decimal point; {@code 1,345.5} and {@code 1.345,5}: the last
 *       separator is the decimal one when the others group thousands</li>
 *   <li>{@code 1,72} and {@code 1،72}: one comma followed by one or two digits is a decimal comma</li>
 *   <li>{@code 2ر3}: wire copy's reversed decimal, read as 3.2; likewise {@code 071.2} (2.071), since no
 *       ordinary number starts with a zero followed by another digit</li>
 *   <li>{@code 12,34,567} and {@code 1,20,000}: Indian grouping (lakh and crore), commas only: three digits
 *       last, two in every group before, one or two first; it never collides with groups of three</li>
 * </ul>
 */
final class DigitParser {

    /** Longer runs are serial numbers or noise, never amounts; refusing them also bounds parsing cost. */
    static final int MAX_LENGTH = 40;

    private DigitParser() {
    }

    static BigDecimal parse(String run) {
        if (run.length() > MAX_LENGTH) {
            return null;
        }
        int reversed = run.indexOf(Tokenizer.REVERSED_DECIMAL_MARK);
        if (reversed >= 0) {
            String left = run.substring(0, reversed);
            String right = run.substring(reversed + 1);
            return isDigits(left) && isDigits(right) ? new BigDecimal(right + "." + left) : null;
        }
        BigDecimal leadingZero = leadingZeroReversed(run);
        if (leadingZero != null) {
            return leadingZero;
        }
        String s = run.replace(Tokenizer.ARABIC_COMMA, ',');
        int lastComma = s.lastIndexOf(',');
        int lastDot = s.lastIndexOf('.');
        if (lastComma < 0 && lastDot < 0) {
            return new BigDecimal(s);
        }
        char decimal = decimalSeparator(s, lastComma, lastDot, run.indexOf(Tokenizer.ARABIC_COMMA) >= 0);
        if (decimal == '?') {
            return null;
        }
        char thousands = decimal == 0 ? (lastComma >= 0 ? ',' : '.') : (decimal == ',' ? '.' : ',');
        int decimalAt = decimal == 0 ? s.length() : s.lastIndexOf(decimal);
        String integer = s.substring(0, decimalAt);
        if (!validGroups(integer, thousands)) {
            return null;
        }
        String fraction = decimal == 0 ? "" : "." + s.substring(decimalAt + 1);
        return new BigDecimal(integer.replace(String.valueOf(thousands), "") + fraction);
    }

    /**
     * {@code 071.2}: wire copy wrote the halves of 2.071 in reverse order. Only one full stop, and a left part of
     * two or more digits starting with zero, which an integer part never has; {@code 0.5} stays half.
     */
    private static BigDecimal leadingZeroReversed(String run) {
        int dot = run.indexOf('.');
        if (dot < 2 || run.charAt(0) != '0' || run.indexOf('.', dot + 1) >= 0) {
            return null;
        }
        String left = run.substring(0, dot);
        String right = run.substring(dot + 1);
        return isDigits(left) && isDigits(right) ? new BigDecimal(right + "." + left) : null;
    }

    /** The decimal separator, 0 when there is none, or '?' when the run is ambiguous. */
    private static char decimalSeparator(String s, int lastComma, int lastDot, boolean arabicComma) {
        if (lastComma >= 0 && lastDot >= 0) {
            return lastComma > lastDot ? ',' : '.';
        }
        char sep = lastComma >= 0 ? ',' : '.';
        int count = count(s, sep);
        int tail = s.length() - (sep == ',' ? lastComma : lastDot) - 1;
        if (arabicComma) {
            return count == 1 && tail <= 2 ? ',' : '?';
        }
        if (sep == '.') {
            return count == 1 ? '.' : 0;
        }
        return count == 1 && tail <= 2 ? ',' : 0;
    }

    private static boolean validGroups(String integer, char thousands) {
        String[] groups = integer.split(thousands == '.' ? "\\." : ",", -1);
        if (groups.length == 1) {
            return isDigits(groups[0]);
        }
        if (thousands == ',' && indianGroups(groups)) {
            return true;
        }
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3 || !isDigits(groups[i])) {
                return false;
            }
        }
        return isDigits(groups[0]);
    }

    /** {@code 12,34,567}: at least one two-digit group between a first of one or two and a last of three. */
    private static boolean indianGroups(String[] groups) {
        int last = groups.length - 1;
        if (last < 2 || groups[0].isEmpty() || groups[0].length() > 2 || groups[last].length() != 3) {
            return false;
        }
        for (int i = 1; i < last; i++) {
            if (groups[i].length() != 2) {
                return false;
            }
        }
        for (String group : groups) {
            if (!isDigits(group)) {
                return false;
            }
        }
        return true;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Tokenizer.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
