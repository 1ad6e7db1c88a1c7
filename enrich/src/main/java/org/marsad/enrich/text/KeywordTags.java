package org.marsad.enrich.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marsad.text.KeywordSplitter;

/**
 * The tags of an article: each keyword as scraped, split by the shared {@link KeywordSplitter} when it is a
 * separator-less line (#17). What the splitter knows: the names the entity tagger (gazetteer, places included)
 * found in that keyword, the currency forms of the money lexicon, and the common tags of
 * {@code keyword/common-tags.txt}. Immutable and thread-safe.
 */
public final class KeywordTags {

    private static final String BASE = "/org/marsad/enrich/text/";
    private static final KeywordTags BUNDLED = load();

    private final KeywordSplitter splitter;
    private final String fingerprint;

    KeywordTags(List<String> phrases) {
        this.splitter = new KeywordSplitter(phrases);
        this.fingerprint = digest(phrases);
    }

    /** The bundled lexicons, loaded once. */
    public static KeywordTags bundled() {
        return BUNDLED;
    }

    /** The tags of {@code keywords}, given the entities found in them, in order and without duplicates. */
    public List<String> tags(List<String> keywords, List<EntitySpan> entities) {
        Set<String> tags = new LinkedHashSet<>();
        for (int i = 0; i < keywords.size(); i++) {
            List<int[]> known = new ArrayList<>();
            for (EntitySpan entity : entities) {
                if (entity.field() == Field.KEYWORDS && entity.index() == i) {
                    known.add(new int[] {entity.start(), entity.end()});
                }
            }
            tags.addAll(splitter.split(keywords.get(i), known));
        }
        return List.copyOf(tags);
    }

    /** Hash of the phrase lists, part of the enricher version: a new list gives new tags. */
    public String fingerprint() {
        return fingerprint;
    }

    private static KeywordTags load() {
        List<String> phrases = new ArrayList<>(lines("keyword/common-tags.txt", 0, false));
        phrases.addAll(lines("quantity/currencies.tsv", 0, true));
        return new KeywordTags(phrases);
    }

    /** Column {@code column} of every data line, split on {@code |}; TSV files have a header line to skip. */
    private static List<String> lines(String resource, int column, boolean tsv) {
        List<String> out = new ArrayList<>();
        try (InputStream in = KeywordTags.class.getResourceAsStream(BASE + resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + BASE + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = tsv;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length > column) {
                    out.addAll(List.of(columns[column].split("\\|")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + BASE + resource, e);
        }
        return out;
    }

    private static String digest(List<String> phrases) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String phrase : phrases) {
                sha.update(phrase.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
