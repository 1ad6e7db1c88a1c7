package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.text.Paragraphs;

class ContentDigestTest {

    /** The rule as first written: build the flattened NFC copies, join, encode, hash. Ids must never change. */
    private static String reference(String title, String body) throws Exception {
        String text = flatNfc(title) + "\n\n" + flatNfc(body);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private static String flatNfc(String text) {
        return text == null ? "" : Paragraphs.flatten(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    @Test
    void shouldHashLikeTheCopyingRuleWhenTextsAreRandomMixes() throws Exception {
        String[] pieces = {"عنوان", "الخبر", "News", " ", "  ", "\n", "\n\n", "\n\n\n", "\r\n", "\t", "\u00A0", "\u200B",
                "\uFEFF", "\u00AD", "ا\u0653", "ا\u0654", "\u064E\u0651", "e\u0301", "\u00E9", "\u2001", "\u0670",
                "\uD83D\uDE00", "\uD83D", "\uDE00", "٣٤٥", "«", "»", "\u2026", "x".repeat(9000), "ن".repeat(5000)};
        Random random = new Random(11);
        List<String> mismatches = new ArrayList<>();
        for (int run = 0; run < 3000; run++) {
            String title = randomText(random, pieces, 4);
            String body = randomText(random, pieces, 12);
            if (!reference(title, body).equals(ContentDigest.of(title, body))) {
                mismatches.add(title + " | " + body);
            }
            String normalTitle = Paragraphs.normalise(title);
            String normalBody = Paragraphs.fromLines(body);
            if (!reference(normalTitle, normalBody).equals(ContentDigest.ofNormal(normalTitle, normalBody))) {
                mismatches.add("normal: " + normalTitle + " | " + normalBody);
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void shouldHashNullsAsEmptyTexts() throws Exception {
        assertEquals(reference("", ""), ContentDigest.of(null, null));
    }

    @Test
    void shouldHashUrlAsItsUtf8Bytes() throws Exception {
        String url = "https://example.com/أخبار/2025?\uD83D\uDE00";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(digest), ContentDigest.sha256Hex(url));
    }

    @Test
    void shouldOnlyCallCharsNfcStableWhenNormaliserAgreesForEveryPairOfThem() {
        List<Character> stable = new ArrayList<>();
        for (char c = 0; c < '\u3000'; c++) {
            if (ContentDigest.isNfcStable(c)) {
                stable.add(c);
            }
        }
        assertTrue(stable.contains('ب') && stable.contains('a') && !stable.contains('\u0654') && !stable.contains('\u064E'));
        for (char a : stable) {
            for (char b : stable) {
                String pair = new String(new char[] {a, b});
                if (!Normalizer.isNormalized(pair, Normalizer.Form.NFC)) {
                    throw new AssertionError("not NFC: U+" + Integer.toHexString(a) + " U+" + Integer.toHexString(b));
                }
            }
        }
    }

    private static String randomText(Random random, String[] pieces, int maxPieces) {
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(maxPieces + 1);
        for (int i = 0; i < count; i++) {
            String piece = pieces[random.nextInt(pieces.length)];
            text.append(piece.length() > 100 ? piece.substring(0, random.nextInt(piece.length())) : piece);
        }
        return text.toString();
    }
}
