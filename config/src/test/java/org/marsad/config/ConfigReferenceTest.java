package org.marsad.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/CONFIGURATION.md is what the ConfigDefs generate, so the reference cannot drift from the code. */
class ConfigReferenceTest {

    /** Set to rewrite the file instead of checking it. */
    private static final String WRITE = "marsad.config.reference.write";
    private static final String REGENERATE = "mvn -B -o -pl config test -Dtest=ConfigReferenceTest -D" + WRITE + "=true";

    @Test
    void shouldMatchTheGeneratedReferenceWhenKeysChange() throws IOException {
        // The module's directory is Maven's basedir; the reference is a document of the whole repository.
        Path file = Path.of(System.getProperty("basedir", ".")).resolve("../docs/CONFIGURATION.md").normalize();
        String generated = ConfigReference.markdown();
        if (Boolean.getBoolean(WRITE)) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        String current = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        assertEquals(generated, current, file + " differs from the ConfigDefs; regenerate it with: " + REGENERATE);
    }
}
