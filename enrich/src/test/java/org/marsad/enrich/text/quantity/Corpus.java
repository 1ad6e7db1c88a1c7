package org.marsad.enrich.text.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Loads a test corpus TSV from the classpath: comments and the header skipped, one argument set per line. */
final class Corpus {

    private Corpus() {
    }

    static Stream<Arguments> rows(String name) {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = Corpus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing corpus " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(Arguments.of((Object[]) line.split("\t", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.stream();
    }

    /** A corpus cell as a number, {@code -} as null. */
    static BigDecimal decimal(String cell) {
        return cell.equals("-") ? null : new BigDecimal(cell);
    }

    /** A corpus cell as text, {@code -} as null. */
    static String text(String cell) {
        return cell.equals("-") ? null : cell;
    }
}
