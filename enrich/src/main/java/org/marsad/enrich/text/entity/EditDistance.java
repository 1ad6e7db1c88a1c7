package org.marsad.enrich.text.entity;

/** Decides whether two normalised words are at most one insertion, deletion or substitution apart. */
final class EditDistance {

    private EditDistance() {
    }

    static boolean atMostOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        if (i == shorter.length()) {
            return true;
        }
        int skip = shorter.length() == longer.length() ? 1 : 0;
        return shorter.regionMatches(i + skip, longer, i + 1, shorter.length() - i - skip);
    }
}
