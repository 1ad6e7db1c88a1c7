package org.marsad.ingest.file;

import org.marsad.ingest.text.TextCharset;

/**
 * Decodes a {@code .txt} file in its charset ({@link TextCharset}: a byte order mark, else UTF-8, else a
 * detected legacy charset such as windows-1256): bytes no charset explains, or control characters no text file
 * holds (anything below U+0020 but tab, line feed, form feed and carriage return; DEL; the C1 block), make it
 * binary, and it is rejected with the reason instead of becoming an article of replacement characters.
 */
final class PlainText {

    private PlainText() {
    }

    /** The text, without a leading byte order mark; fails with {@link IllegalArgumentException} naming the fault. */
    static String decode(byte[] bytes) {
        String text;
        try {
            text = TextCharset.decode(bytes, null, false).text();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a text file: " + e.getMessage(), e);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                throw new IllegalArgumentException(String.format("not a text file: control character U+%04X at"
                        + " character %d", (int) c, i + 1));
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean isControl(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\f' && c != '\r' : c == 0x7F || (c >= 0x80 && c <= 0x9F);
    }
}
