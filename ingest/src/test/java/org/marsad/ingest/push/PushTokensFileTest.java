package org.marsad.ingest.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushTokensFileTest {

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        return Files.writeString(dir.resolve("tokens"), text, StandardCharsets.UTF_8);
    }

    @Test
    void shouldAuthenticateEachTokenWithItsAttributesWhenFileListsThem() throws Exception {
        String digest = HexFormat.of().formatHex(PushTokens.sha256("wire-secret"));
        PushTokens tokens = PushTokensFile.read(file("# pushers\n\nwire sha256:" + digest + " trustIds country=EG\n"
                + "partner partner-secret\n"));
        assertEquals(Optional.of(new PushToken("wire", true, "EG")), tokens.authenticate("Bearer wire-secret"));
        assertEquals(Optional.of(new PushToken("partner", false, null)), tokens.authenticate("Bearer partner-secret"));
        assertEquals(Optional.of(new PushToken("partner", false, null)), tokens.authenticate("bearer partner-secret"),
                "the scheme name is case-insensitive");
        assertEquals(Optional.empty(), tokens.authenticate("Bearer PARTNER-SECRET"), "the secret is not");
        assertEquals(Optional.empty(), tokens.authenticate("Bearer sha256:" + digest), "the digest is no password");
        assertEquals(Optional.empty(), tokens.authenticate(null));
        assertEquals(Optional.empty(), tokens.authenticate("Basic d2lyZS1zZWNyZXQ="));
    }

    @Test
    void shouldKeepTheLegacyTokenAsOneUntrustedTokenWhenBothAreConfigured() throws Exception {
        PushTokens tokens = PushTokens.configured("old-secret", file("wire wire-secret trustIds\n"));
        assertEquals(Optional.of(new PushToken("push", false, null)), tokens.authenticate("Bearer old-secret"));
        assertTrue(tokens.authenticate("Bearer wire-secret").orElseThrow().trustIds());
        assertEquals(Optional.of(PushToken.ANONYMOUS), PushTokens.configured("", null).authenticate(null));
    }

    @Test
    void shouldFailNamingLineAndReasonButNotTheSecretWhenALineIsBad() throws Exception {
        assertBad("wire s3cret-value country=XX\n", ":1: country 'XX' is not an ISO 3166-1 alpha-2 code");
        assertBad("wire s3cret-value country=eg\n", ":1: country 'eg' is not an ISO 3166-1 alpha-2 code");
        assertBad("# c\nwi:re s3cret-value\n", ":2: token name 'wi:re' must match");
        assertBad("wire s3cret-value trusted\n", ":1: unknown option 'trusted'");
        assertBad("wire\n", ":1: expected NAME SECRET");
        assertBad("wire sha256:abc\n", ":1: a sha256: secret needs 64 hex digits");
        assertBad("wire s3cret-value\nwire s3cret-value-2\n", ":2: token name 'wire' appears twice");
    }

    private void assertBad(String text, String expected) throws Exception {
        Path file = file(text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PushTokensFile.read(file));
        assertTrue(e.getMessage().startsWith(file + expected), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), "secrets are never echoed: " + e.getMessage());
    }
}
