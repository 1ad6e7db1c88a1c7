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
 * <p>Text that is already normal and NFC (the common case, checked without allocating) is encoded straight
 * into the digest with its paragraph breaks read as spaces, instead of building the flattened, joined and
 * encoded copies first. A body is hashed at every import of it, so the copies were most of the cost of
 * importing a clean {@code .jsonl} record.
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
        return isNormal(title) && isNormal(body) ? ofNormal(title, body) : copying(title, body);
    }

    /**
     * The same digest for a title and body already normal ({@link Paragraphs#isNormalBody}), as the finisher
     * makes them: NFC cannot make normal text abnormal (no canonical decomposition yields a space or a line
     * break), so only NFC is left to check, and that check runs inside the encoding pass.
     */
    static String ofNormal(String title, String body) {
        ContentDigest d = new ContentDigest();
        if (d.encodeIfStable(title) && d.ascii('\n') && d.ascii('\n') && d.encodeIfStable(body)) {
            return d.hex();
        }
        return copying(title, body);
    }

    /** The hex SHA-256 of {@code text} as UTF-8. */
    static String sha256Hex(String text) {
        ContentDigest d = new ContentDigest();
        d.encode(text, 0, text.length());
        return d.hex();
    }

    private static boolean isNormal(String text) {
        return text == null || Paragraphs.isNormalBody(text);
    }

    /** The rule spelled out: flattened NFC copies, joined, then encoded; for text that is not both already. */
    private static String copying(String title, String body) {
        ContentDigest d = new ContentDigest();
        d.encode(flatNfc(title) + "\n\n" + flatNfc(body));
        return d.hex();
    }

    private static String flatNfc(String text) {
        return text == null ? "" : Paragraphs.flatten(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    private void encode(String text) {
        encode(text, 0, text.length());
    }

    /**
     * Encodes normal text with each paragraph break (always a pair of line feeds) as one space; false, with
     * the digest spoilt, at the first char that NFC might change, so the caller starts over on the copying path.
     * One pass with the buffer in locals: this loop runs over every char of every imported body.
     */
    private boolean encodeIfStable(String text) {
        if (text == null) {
            return true;
        }
        byte[] buffer = chunk;
        int pos = used;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (pos > buffer.length - 3) {
                used = pos;
                flush();
                pos = 0;
            }
            char c = text.charAt(i);
            if (c >= '\u0621' && c < '\u064B') {
                // The Arabic letters, most of an Arabic body: NFC-stable, two bytes.
                buffer[pos++] = (byte) (0xC0 | (c >> 6));
                buffer[pos++] = (byte) (0x80 | (c & 0x3F));
            } else if (c < 0x80) {
                if (c == '\n') {
                    c = ' ';
                    i++;
                }
                buffer[pos++] = (byte) c;
            } else if (!isNfcStable(c)) {
                used = pos;
                return false;
            } else if (c < 0x800) {
                buffer[pos++] = (byte) (0xC0 | (c >> 6));
                buffer[pos++] = (byte) (0x80 | (c & 0x3F));
            } else {
                buffer[pos++] = (byte) (0xE0 | (c >> 12));
                buffer[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[pos++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        used = pos;
        return true;
    }

    /**
     * Whether NFC leaves {@code c} alone whatever surrounds it (a starter that never composes with what precedes
     * it): ASCII to Latin Extended, and the Arabic letters, digits and punctuation. Any other char (a combining
     * mark, harakat, a hamza that composes) sends the text through the normaliser.
     */
    static boolean isNfcStable(char c) {
        return c < '\u0300' || (c >= '\u0600' && c < '\u0610') || (c >= '\u061B' && c < '\u064B')
                || (c >= '\u0660' && c < '\u0670') || (c >= '\u0671' && c < '\u06D4') || (c >= '\u2010' && c < '\u2028');
    }

    /** Encodes {@code text[from, to)} as {@link String#getBytes} would, a lone surrogate as '?'. */
    private void encode(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (used > chunk.length - 4) {
                flush();
            }
            if (c < 0x80) {
                chunk[used++] = (byte) c;
            } else if (c < 0x800) {
                chunk[used++] = (byte) (0xC0 | (c >> 6));
                chunk[used++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
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

    private boolean ascii(char c) {
        if (used == chunk.length) {
            flush();
        }
        chunk[used++] = (byte) c;
        return true;
    }

    private String hex() {
        flush();
        return HEX.formatHex(digest.digest());
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
