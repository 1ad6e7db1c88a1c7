package org.marsad.cli;

/**
 * Makes text from articles safe to print on a terminal. Article text is written by strangers: an ESC or OSC
 * sequence in a title can retitle the window, move the cursor or hide lines, and a bidi override can make
 * text read differently from what it is. Unless {@code --raw}, control characters (C0, DEL, C1) are shown as
 * {@code \xNN} and bidi embeddings, overrides and isolates as {@code <U+202E>}. Bidi marks (LRM, RLM, ALM)
 * are ordinary Arabic typography and stay.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** {@code text} for a person: every control character and bidi control visible, none acting. */
    static String escape(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                out.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\t' -> "\\t";
                    case '\r' -> "\\r";
                    default -> String.format("\\x%02X", (int) c);
                });
            } else if (isBidiControl(c)) {
                out.append(String.format("<U+%04X>", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A line of JSON with the same value, safe on a terminal: control and bidi characters become
     * {@code \}{@code uXXXX} escapes (JSON allows them anywhere in a string; outside strings only the line
     * breaks and tabs, which stay).
     */
    static String jsonSafe(String json) {
        if (json == null || isClean(json)) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean whitespace = c == '\n' || c == '\t' || c == '\r';
            if ((isControl(c) && !whitespace) || isBidiControl(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) || isBidiControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F), which terminals act on. */
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and LRI, RLI, FSI, PDI (U+2066–U+2069). */
    private static boolean isBidiControl(char c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
