package org.marsad.enrich.text.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Shared fixtures: one recognizer over the small test gazetteer, and classpath TSV reading. */
final class TestRecognizers {

    static final String TEST_INDEX = "org/marsad/enrich/text/entity/testgaz/index.txt";
    private static final EntityRecognizer TEST = EntityRecognizer.of(new GazetteerReader().readClasspath(TEST_INDEX));

    private TestRecognizers() {
    }

    static EntityRecognizer test() {
        return TEST;
    }

    /** Non-comment, non-blank lines of a classpath resource next to this class. */
    static List<String> lines(String resource) {
        InputStream in = TestRecognizers.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
