package org.marsad.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Article bodies for benchmarks, written by the Marsad developers, from {@code sample-bodies.txt} (blank-line separated). */
final class SampleArticles {

    private SampleArticles() {
    }

    static List<String> bodies() {
        try (InputStream in = SampleArticles.class.getResourceAsStream("sample-bodies.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource sample-bodies.txt next to " + SampleArticles.class);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\n\\s*\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
