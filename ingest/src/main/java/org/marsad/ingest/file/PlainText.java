package org.marsad.ingest.file;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a {@code .txt} file as strict UTF-8 text: bytes that are not UTF-8, or control characters no text
 * file holds (anything below U+0020 but tab, line feed, form feed and carriage return; DEL; the C1 block), make
 * it binary, and it is rejected with the reason instead of becoming an article of replacement characters.
 */
final class PlainText {

    private PlainText() {
    }

    /** The text, without a leading byte order mark; fails with {@link IllegalArgumentException} naming the fault. */
    static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not a text file: invalid UTF-8 at byte offset " + in.position());
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
