package org.marsad.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import org.marsad.ingest.text.Paragraphs;

/**
 * SHA-256 of an article's title and body as the id and content-hash rules define it: each in Unicode NFC,
 * flattened to one line ({@link Paragraphs#flatten}), title and body joined by a blank line, UTF-8 encoded.
 *
 * <p>Computed in one streaming pass: text that is already NFC and normal (the common case, checked without
 * allocating) is encoded straight into the digest with its paragraph breaks read as spaces, instead of
 * building the flattened, joined and encoded copies first. A body is hashed at every import of it, so the
 * copies were most of the cost of importing a clean {@code .jsonl} record.
 */
final class ContentDigest {

    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest digest = sha256();
    private final byte[] chunk = new byte[8 * 1024];
    private int used;

    private ContentDigest() {
    }

    /** The hex digest of {@code title} and {@code body} (null reads as empty). */
    static String of(String title, String body) {
        ContentDigest d = new ContentDigest();
        d.flat(title);
        d.ascii('\n');
        d.ascii('\n');
        d.flat(body);
        d.flush();
        return HEX.formatHex(d.digest.digest());
    }

    /** The hex SHA-256 of {@code text} as UTF-8. */
    static String sha256Hex(String text) {
        ContentDigest d = new ContentDigest();
        d.encode(text, false);
        d.flush();
        return HEX.formatHex(d.digest.digest());
    }

    private void flat(String text) {
        if (text == null) {
            return;
        }
        String nfc = isSurelyNfc(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        if (Paragraphs.isNormalBody(nfc)) {
            encode(nfc, true);
        } else {
            encode(Paragraphs.flatten(nfc), false);
        }
    }

    /**
     * Whether every char is one that NFC leaves alone whatever surrounds it (a starter that never composes
     * with what precedes it): ASCII to Latin Extended, and the Arabic letters, digits and punctuation. Any
     * other char (a combining mark, harakat, a hamza that composes) sends the text through the normaliser.
     */
    static boolean isSurelyNfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean stable = c < '\u0300' || (c >= '\u0600' && c < '\u0610') || (c >= '\u061B' && c < '\u064B')
                    || (c >= '\u0660' && c < '\u0670') || (c >= '\u0671' && c < '\u06D4')
                    || (c >= '\u2010' && c < '\u2028');
            if (!stable) {
                return false;
            }
        }
        return true;
    }

    /** Encodes {@code text} as {@link String#getBytes} would (a lone surrogate as '?'), breaks as spaces if asked. */
    private void encode(String text, boolean breaksAsSpaces) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (used > chunk.length - 4) {
                flush();
            }
            if (c < 0x80) {
                if (breaksAsSpaces && c == '\n') {
                    // A normal body has breaks only in pairs, between paragraphs: the pair becomes one space.
                    c = ' ';
                    i++;
                }
                chunk[used++] = (byte) c;
            } else if (c < 0x800) {
                chunk[used++] = (byte) (0xC0 | (c >> 6));
                chunk[used++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                chunk[used++] = (byte) (0xF0 | (cp >> 18));
                chunk[used++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                chunk[used++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                chunk[used++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                chunk[used++] = '?';
            } else {
                chunk[used++] = (byte) (0xE0 | (c >> 12));
                chunk[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                chunk[used++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    private void ascii(char c) {
        if (used == chunk.length) {
            flush();
        }
        chunk[used++] = (byte) c;
    }

    private void flush() {
        digest.update(chunk, 0, used);
        used = 0;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
