package org.marsad.enrich.text.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.marsad.enrich.text.EntityType;

/**
 * Reads gazetteer TSV files (header {@code id type name_en name_ar aliases}, {@code #} comments) in order,
 * a later row overriding an earlier one with the same id, and hashes every byte read for the fingerprint.
 */
final class GazetteerReader {

    static final String BUNDLED_INDEX = "org/marsad/enrich/text/entity/gazetteer/index.txt";
    static final String HEADER = "id\ttype\tname_en\tname_ar\taliases";
    private static final Pattern ID = Pattern.compile("Q\\d+|marsad:[a-z0-9][a-z0-9_-]*");
    private static final int COLUMNS = 5;

    private final Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
    private final MessageDigest digest;

    GazetteerReader() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    /** Reads the files listed by the classpath index {@code indexResource}, resolved next to it. */
    GazetteerReader readClasspath(String indexResource) {
        String dir = indexResource.substring(0, indexResource.lastIndexOf('/') + 1);
        for (String line : lines(indexResource, open(indexResource))) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                read(dir + name, lines(dir + name, open(dir + name)));
            }
        }
        return this;
    }

    /** Reads every {@code *.tsv} file of {@code dir} in name order. */
    GazetteerReader readDirectory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                read(file.toString(), lines(file.toString(), Files.newInputStream(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer directory " + dir, e);
        }
        return this;
    }

    List<GazetteerEntry> entries() {
        return List.copyOf(entries.values());
    }

    String fingerprint() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest()).substring(0, 12);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digest cannot be cloned", e);
        }
    }

    private InputStream open(String resource) {
        InputStream in = GazetteerReader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new GazetteerFormatException(resource, 0, "resource not found on the classpath");
        }
        return in;
    }

    private List<String> lines(String file, InputStream in) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().toList();
            lines.forEach(l -> digest.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer file " + file, e);
        }
    }

    private void read(String file, List<String> lines) {
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = stripBom(lines.get(i));
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.strip().equals(HEADER)) {
                    throw new GazetteerFormatException(file, i + 1, "expected header '" + HEADER + "'");
                }
                header = true;
                continue;
            }
            GazetteerEntry entry = parse(file, i + 1, line);
            entries.remove(entry.id());
            entries.put(entry.id(), entry);
        }
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    static GazetteerEntry parse(String file, int lineNumber, String line) {
        String[] cols = line.split("\t", -1);
        if (cols.length != COLUMNS) {
            throw new GazetteerFormatException(file, lineNumber, "expected 5 tab-separated columns, got " + cols.length);
        }
        String id = cols[0].strip();
        if (!ID.matcher(id).matches()) {
            throw new GazetteerFormatException(file, lineNumber, "bad id '" + id + "' (want Q123 or marsad:slug)");
        }
        EntityType type;
        try {
            type = EntityType.valueOf(cols[1].strip());
        } catch (IllegalArgumentException e) {
            throw new GazetteerFormatException(file, lineNumber, "bad type '" + cols[1] + "' (want PERSON|ORG|LOC|MISC)");
        }
        if (cols[2].isBlank() || cols[3].isBlank()) {
            throw new GazetteerFormatException(file, lineNumber, "name_en and name_ar must not be empty");
        }
        List<String> aliases = new ArrayList<>();
        Arrays.stream(cols[4].split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).forEach(aliases::add);
        return new GazetteerEntry(id, type, cols[2].strip(), cols[3].strip(), aliases);
    }
}
