package org.marsad.enrich.text.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The frozen dev split, decided before the first model was trained and never trained on: sentences are
 * grouped in blocks of {@value #BLOCK} consecutive sentences (news sentences of one story sit together, so a
 * block keeps most of a story on one side), and a block is dev when the CRC-32 of {@code corpus:block} is
 * divisible by {@value #MODULUS} (about 10 %). The rule depends only on the corpus name and sentence position,
 * so it is the same on every machine; {@link #fingerprint} pins the dev sentences themselves.
 */
public final class DevSplit {

    static final int BLOCK = 10;
    static final int MODULUS = 10;

    private DevSplit() {
    }

    public static boolean isDev(TaggedSentence sentence) {
        return isDev(sentence.corpus(), sentence.index());
    }

    static boolean isDev(String corpus, int index) {
        return hash(corpus + ":" + index / BLOCK) % MODULUS == 0;
    }

    /**
     * A subsample rule of the same kind for corpora too big to train on whole: keeps one sentence block in
     * {@code every}, chosen by a hash independent of the dev rule's.
     */
    static boolean isSampled(TaggedSentence sentence, int every) {
        return every <= 1 || hash("sample:" + sentence.corpus() + ":" + sentence.index() / BLOCK) % every == 0;
    }

    /** SHA-256 over the dev sentences' corpus, index, tokens and tags: changes if the split or the data does. */
    public static String fingerprint(List<TaggedSentence> dev) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (TaggedSentence s : dev) {
                digest.update((s.corpus() + "\t" + s.index() + "\t" + String.join(" ", s.tokens()) + "\t"
                        + String.join(" ", s.tags()) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    private static long hash(String key) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
