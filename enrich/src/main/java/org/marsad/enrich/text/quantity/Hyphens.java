package org.marsad.enrich.text.quantity;

import java.util.List;

/** Tells a hyphen that glues the words of a compound adjective ({@code billion-dollar}) from a spaced dash. */
final class Hyphens {

    private Hyphens() {
    }

    /** True when token {@code i} is a hyphen written with no space on either side and a token after it. */
    static boolean joins(List<Token> tokens, int i) {
        if (i <= 0 || i + 1 >= tokens.size() || !tokens.get(i).isSymbol('-')) {
            return false;
        }
        return tokens.get(i - 1).end() == tokens.get(i).start() && tokens.get(i).end() == tokens.get(i + 1).start();
    }
}
