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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.marsad.enrich.text.EntityType;

/**
 * Reads gazetteer TSV files (header {@code id type name_en name_ar aliases [country]}, {@code #} comments) in
 * order, a later row overriding an earlier one with the same id, and hashes every byte read for the fingerprint.
 * A row under a former id ({@code former-ids.tsv} beside the bundled index) overrides the entry that id now names.
 */
final class GazetteerReader {

    static final String BUNDLED_INDEX = "org/marsad/enrich/text/entity/gazetteer/index.txt";
    static final String HEADER = "id\ttype\tname_en\tname_ar\taliases";
    static final String HEADER_WITH_COUNTRY = HEADER + "\tcountry";
    private static final String FORMER_IDS = "former-ids.tsv";
    private static final Pattern ID = Pattern.compile(
            "Q\\d+|marsad:[a-z0-9][a-z0-9_-]*|geonames:[1-9]\\d*|iso3166-2:[A-Z]{2}-[A-Z0-9]{1,3}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final int COLUMNS = 5;

    private final Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
    private final Map<String, String> formerIds = new HashMap<>();
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
        if (GazetteerReader.class.getClassLoader().getResource(dir + FORMER_IDS) != null) {
            readFormerIds(dir + FORMER_IDS);
        }
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

    /** Former id to current id: slugs and QIDs replaced when an entry was merged with its GeoNames place. */
    Map<String, String> formerIds() {
        return Map.copyOf(formerIds);
    }

    private void readFormerIds(String resource) {
        List<String> lines = lines(resource, open(resource));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.equals("former_id\tid")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 2 || !ID.matcher(cols[0]).matches() || !ID.matcher(cols[1]).matches()) {
                throw new GazetteerFormatException(resource, i + 1, "expected 'former_id TAB id', two valid ids");
            }
            formerIds.put(cols[0], cols[1]);
        }
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
                if (!line.strip().equals(HEADER) && !line.strip().equals(HEADER_WITH_COUNTRY)) {
                    throw new GazetteerFormatException(file, i + 1, "expected header '" + HEADER + "[\tcountry]'");
                }
                header = true;
                continue;
            }
            GazetteerEntry parsed = parse(file, i + 1, line);
            GazetteerEntry entry = formerIds.containsKey(parsed.id()) ? parsed.withId(formerIds.get(parsed.id())) : parsed;
            entries.remove(entry.id());
            entries.put(entry.id(), entry);
        }
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    static GazetteerEntry parse(String file, int lineNumber, String line) {
        String[] cols = line.split("\t", -1);
        if (cols.length != COLUMNS && cols.length != COLUMNS + 1) {
            throw new GazetteerFormatException(file, lineNumber,
                    "expected 5 or 6 (with country) tab-separated columns, got " + cols.length);
        }
        String id = cols[0].strip();
        if (!ID.matcher(id).matches()) {
            throw new GazetteerFormatException(file, lineNumber,
                    "bad id '" + id + "' (want Q123, marsad:slug, geonames:123 or iso3166-2:CC-X)");
        }
        EntityType type;
        try {
            type = EntityType.valueOf(cols[1].strip());
        } catch (IllegalArgumentException e) {
            throw new GazetteerFormatException(file, lineNumber, "bad type '" + cols[1] + "' (want PERSON|ORG|LOC|MISC)");
        }
        if (cols[2].isBlank() && cols[3].isBlank()) {
            // a GeoNames city may have no Arabic name; every entry needs one name to be found by
            throw new GazetteerFormatException(file, lineNumber, "name_en and name_ar must not both be empty");
        }
        String country = cols.length > COLUMNS && !cols[COLUMNS].isBlank() ? cols[COLUMNS].strip() : null;
        if (country != null && !COUNTRY.matcher(country).matches()) {
            throw new GazetteerFormatException(file, lineNumber,
                    "bad country '" + country + "' (want an ISO 3166-1 alpha-2 code such as SA)");
        }
        List<String> aliases = new ArrayList<>();
        Arrays.stream(cols[4].split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).forEach(aliases::add);
        return new GazetteerEntry(id, type, cols[2].strip(), cols[3].strip(), aliases, country);
    }
}
