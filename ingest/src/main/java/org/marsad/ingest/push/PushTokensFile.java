package org.marsad.ingest.push;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the push tokens file ({@code marsad.ingest.http.tokens.file}): one token a line, {@code #}
 * comments and blank lines ignored.
 *
 * <pre>
 * NAME SECRET [trustIds] [country=CC]
 * wire-a   sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 trustIds country=EG
 * partner  a-long-random-secret
 * </pre>
 *
 * SECRET is the bearer token itself or {@code sha256:} and its hex digest, so the file need not hold it.
 * A malformed line fails with the file, the line number and the reason, never echoing the secret.
 */
public final class PushTokensFile {

    private static final String DIGEST = "sha256:";

    private PushTokensFile() {
    }

    public static PushTokens read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read push tokens file " + file + ": " + e.getMessage(), e);
        }
        List<PushTokens.Entry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                PushTokens.Entry entry = parseLine(line, file + ":" + (i + 1));
                if (!names.add(entry.token().name())) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": token name '" + entry.token().name()
                            + "' appears twice");
                }
                entries.add(entry);
            }
        }
        return new PushTokens(entries);
    }

    static PushTokens.Entry parseLine(String line, String where) {
        String[] fields = line.split("\\s+");
        if (fields.length < 2) {
            throw new IllegalArgumentException(where + ": expected NAME SECRET [trustIds] [country=CC]");
        }
        boolean trustIds = false;
        String country = null;
        for (int f = 2; f < fields.length; f++) {
            if (fields[f].equals("trustIds")) {
                trustIds = true;
            } else if (fields[f].startsWith("country=")) {
                country = fields[f].substring("country=".length());
            } else {
                throw new IllegalArgumentException(where + ": unknown option '" + fields[f]
                        + "' (expected trustIds or country=CC)");
            }
        }
        try {
            return new PushTokens.Entry(digest(fields[1]), new PushToken(fields[0], trustIds, country));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static byte[] digest(String secret) {
        if (!secret.startsWith(DIGEST)) {
            return PushTokens.sha256(secret);
        }
        String hex = secret.substring(DIGEST.length());
        if (!hex.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("a sha256: secret needs 64 hex digits");
        }
        return HexFormat.of().parseHex(hex);
    }
}
