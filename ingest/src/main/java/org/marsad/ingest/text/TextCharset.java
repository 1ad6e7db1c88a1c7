package org.marsad.ingest.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a saved page or a scraped text whose charset may be a legacy one (#17), in this order:
 *
 * <ol>
 *   <li>a byte order mark (UTF-8, UTF-16LE, UTF-16BE);</li>
 *   <li>the charset declared by the sender (HTTP {@code Content-Type}), else, for HTML, by the page itself
 *       ({@code <meta charset>} or {@code <meta http-equiv="Content-Type" content="...; charset=...">} in its
 *       first {@value #META_SCAN_BYTES} bytes);</li>
 *   <li>undeclared: UTF-8 when the bytes are valid UTF-8 (legacy Arabic text practically never is);</li>
 *   <li>else ICU4J's {@link CharsetDetector} (it knows windows-1256 and ISO-8859-6), only on at least
 *       {@value #MIN_DETECT_BYTES} bytes and only when its confidence is at least {@value #MIN_CONFIDENCE} of
 *       100: a short or ambiguous text is rejected, not guessed.</li>
 * </ol>
 *
 * The chosen charset must decode every byte: a byte it cannot map fails with an {@link IllegalArgumentException}
 * naming the charset and how it was chosen, never a silent U+FFFD.
 */
public final class TextCharset {

    /** Fewer bytes give the detector too few letter pairs to tell Arabic code pages from Latin ones. */
    public static final int MIN_DETECT_BYTES = 200;
    /** ICU's confidence (0-100) below which a guess is refused; see docs/INGEST.md for the measured values. */
    public static final int MIN_CONFIDENCE = 50;
    /** Where browsers look for a {@code <meta>} charset (WHATWG "prescan": the first 1024 bytes). */
    public static final int META_SCAN_BYTES = 1024;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /** The text and the charset it was decoded from, with how that charset was chosen. */
    public record Decoded(String text, Charset charset, String basis) {
    }

    private TextCharset() {
    }

    /**
     * Decodes {@code bytes}; {@code declared} is the sender's charset name or null; {@code html} enables the
     * {@code <meta>} scan and lets the detector skip markup. The text keeps no byte order mark.
     */
    public static Decoded decode(byte[] bytes, String declared, boolean html) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return strict(bytes, skip, bom, "byte order mark");
        }
        if (declared != null && !declared.isBlank()) {
            return strict(bytes, 0, charset(declared, "Content-Type"), "Content-Type");
        }
        String meta = html ? metaCharset(bytes) : null;
        if (meta != null) {
            return strict(bytes, 0, charset(meta, "<meta charset>"), "<meta charset>");
        }
        int badUtf8 = firstUndecodable(bytes, StandardCharsets.UTF_8);
        if (badUtf8 < 0) {
            return strict(bytes, 0, StandardCharsets.UTF_8, "valid UTF-8");
        }
        return detected(bytes, html, badUtf8);
    }

    private static Decoded detected(byte[] bytes, boolean html, int badUtf8) {
        String notUtf8 = "no charset declared and not UTF-8 (invalid byte at offset " + badUtf8 + ")";
        if (bytes.length < MIN_DETECT_BYTES) {
            throw new IllegalArgumentException(notUtf8 + "; " + bytes.length + " bytes are too few to detect one (at least "
                    + MIN_DETECT_BYTES + "): declare the charset");
        }
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(html);
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() < MIN_CONFIDENCE) {
                break;
            }
            Charset charset = supported(match.getName());
            if (charset != null && firstUndecodable(bytes, charset) < 0) {
                return strict(bytes, 0, charset, "detected with confidence " + match.getConfidence());
            }
        }
        CharsetMatch best = detector.detect();
        throw new IllegalArgumentException(notUtf8 + "; detection is not sure enough (best guess "
                + (best == null ? "none" : best.getName() + " at confidence " + best.getConfidence()) + ", under "
                + MIN_CONFIDENCE + "): declare the charset");
    }

    private static Decoded strict(byte[] bytes, int offset, Charset charset, String basis) {
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return new Decoded(decoder(charset).decode(in).toString(), charset, basis);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("does not decode as " + charset.name() + " (" + basis
                    + "): byte 0x" + String.format(Locale.ROOT, "%02X", bytes[in.position()] & 0xFF) + " at offset "
                    + in.position() + " has no character in it", e);
        }
    }

    /** The offset of the first byte {@code charset} cannot decode, or -1 when every byte decodes. */
    private static int firstUndecodable(byte[] bytes, Charset charset) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            decoder(charset).decode(in);
            return -1;
        } catch (CharacterCodingException e) {
            return in.position();
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String metaCharset(byte[] bytes) {
        // Every charset a page may declare is ASCII-compatible in its markup, so Latin-1 reads the prescan.
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Charset charset(String name, String where) {
        Charset charset = supported(name);
        if (charset == null) {
            throw new IllegalArgumentException("unknown charset '" + name + "' (" + where + ")");
        }
        return charset;
    }

    private static Charset supported(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The charset a byte order mark at the start of {@code b} names (UTF-8, UTF-16LE, UTF-16BE), else null. */
    public static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }
}
