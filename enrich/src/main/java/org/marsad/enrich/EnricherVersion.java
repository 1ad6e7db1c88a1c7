package org.marsad.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The {@code enricherVersion} stamped on every enriched record: the Marsad version plus a short hash of the
 * loaded gazetteers and tables, so a changed gazetteer shows as a new version even without a release.
 */
public final class EnricherVersion {

    private static final String RESOURCE = "marsad-version.properties";

    private EnricherVersion() {
    }

    /** {@code 0.1.0-SNAPSHOT+3f2a9c1e} for the given analyser fingerprint. */
    public static String of(String analyzerFingerprint) {
        return marsadVersion() + "+" + shortHash(analyzerFingerprint);
    }

    /** The Marsad release this code was built as. */
    public static String marsadVersion() {
        try (InputStream in = EnricherVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE + " next to " + EnricherVersion.class);
            }
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
