package org.marsad.ingest.push;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bearer tokens the push endpoint accepts. Secrets are kept only as SHA-256 digests and compared in
 * constant time; with no token configured every request is {@link PushToken#ANONYMOUS}.
 */
public final class PushTokens {

    /** One accepted secret (as its digest) and who it names. */
    record Entry(byte[] digest, PushToken token) {
    }

    private final List<Entry> entries;

    PushTokens(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Requires no token: every request is anonymous and untrusted. */
    public static PushTokens none() {
        return new PushTokens(List.of());
    }

    /**
     * The configured tokens: the legacy single secret ({@code marsad.ingest.http.token}, empty for none) as one
     * untrusted token named {@code push}, plus those of the tokens file ({@code null} for none).
     */
    public static PushTokens configured(String legacySecret, Path tokensFile) {
        List<Entry> all = new ArrayList<>();
        if (!legacySecret.isEmpty()) {
            all.add(new Entry(sha256(legacySecret), new PushToken("push", false, null)));
        }
        if (tokensFile != null) {
            all.addAll(PushTokensFile.read(tokensFile).entries);
        }
        return new PushTokens(all);
    }

    public boolean required() {
        return !entries.isEmpty();
    }

    /** Who sent {@code authorization} (the header's value), or empty when it names no accepted token. */
    public Optional<PushToken> authenticate(String authorization) {
        if (!required()) {
            return Optional.of(PushToken.ANONYMOUS);
        }
        // The scheme name is case-insensitive (RFC 9110 §11.1); the secret is not.
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        byte[] given = sha256(authorization.substring("Bearer ".length()));
        PushToken found = null;
        for (Entry entry : entries) {
            // Every entry is compared, so the time taken does not tell which one matched.
            if (MessageDigest.isEqual(entry.digest(), given) && found == null) {
                found = entry.token();
            }
        }
        return Optional.ofNullable(found);
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
