package org.marsad.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** #17: legacy Arabic charsets, declared or not, decode; what cannot be told is rejected, never guessed. */
class TextCharsetTest {

    private static String page(String head) {
        return "<html><head>" + head + "<title>حدائق</title></head><body><p>" + LegacyText.ARTICLE + "</p></body></html>";
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1256", "ISO-8859-6"})
    void shouldDecodeByMetaCharsetWhenPageDeclaresIt(String name) {
        byte[] bytes = page("<meta charset=\"" + name + "\">").getBytes(Charset.forName(name));
        TextCharset.Decoded decoded = TextCharset.decode(bytes, null, true);
        assertEquals(Charset.forName(name), decoded.charset());
        assertTrue(decoded.text().contains(LegacyText.ARTICLE));
        assertEquals("<meta charset>", decoded.basis());
    }

    @Test
    void shouldDecodeByHttpEquivWhenPageDeclaresItThatWay() {
        String head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-6\">";
        byte[] bytes = page(head).getBytes(Charset.forName("ISO-8859-6"));
        assertTrue(TextCharset.decode(bytes, null, true).text().contains(LegacyText.ARTICLE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1256", "ISO-8859-6"})
    void shouldDetectCharsetWhenLongTextDeclaresNone(String name) {
        TextCharset.Decoded page = TextCharset.decode(page("").getBytes(Charset.forName(name)), null, true);
        assertEquals(Charset.forName(name), page.charset());
        assertTrue(page.text().contains(LegacyText.ARTICLE));
        assertTrue(page.basis().startsWith("detected with confidence "), page.basis());
        TextCharset.Decoded text = TextCharset.decode(LegacyText.ARTICLE.getBytes(Charset.forName(name)), null, false);
        assertEquals(LegacyText.ARTICLE, text.text());
    }

    @Test
    void shouldRejectNotGuessWhenShortTextDeclaresNone() {
        byte[] shortText = "خبر قصير بترميز قديم".getBytes(Charset.forName("windows-1256"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TextCharset.decode(shortText, null, false));
        assertEquals("no charset declared and not UTF-8 (invalid byte at offset 0); " + shortText.length
                + " bytes are too few to detect one (at least 200): declare the charset", e.getMessage());
    }

    @Test
    void shouldRejectNamingCharsetWhenDeclaredOneCannotDecodeAByte() {
        byte[] bytes = page("<meta charset=\"ISO-8859-6\">").getBytes(Charset.forName("windows-1256"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TextCharset.decode(bytes, null, true));
        assertTrue(e.getMessage().startsWith("does not decode as ISO-8859-6 (<meta charset>): byte 0x"), e.getMessage());
    }

    @Test
    void shouldPreferBomThenContentTypeOverMeta() {
        byte[] utf8 = page("<meta charset=\"windows-1256\">").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertEquals(StandardCharsets.UTF_8, TextCharset.decode(withBom, "windows-1256", true).charset());
        byte[] legacy = page("<meta charset=\"utf-8\">").getBytes(Charset.forName("windows-1256"));
        assertEquals("Content-Type", TextCharset.decode(legacy, "windows-1256", true).basis());
    }

    @Test
    void shouldTakeUtf8WhenUndeclaredBytesAreValidUtf8() {
        assertEquals(StandardCharsets.UTF_8, TextCharset.decode("خبر".getBytes(StandardCharsets.UTF_8), null, false)
                .charset());
    }
}
