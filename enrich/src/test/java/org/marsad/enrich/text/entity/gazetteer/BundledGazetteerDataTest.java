package org.marsad.enrich.text.entity.gazetteer;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Checks the bundled gazetteer TSVs listed in index.txt against the fixed file format. */
class BundledGazetteerDataTest {

  private static final String DIR = "/org/marsad/enrich/text/entity/gazetteer/";
  private static final String HEADER = "id\ttype\tname_en\tname_ar\taliases\tcountry";
  private static final Set<String> TYPES = Set.of("PERSON", "ORG", "LOC", "MISC");
  private static final Pattern ID = Pattern.compile(
      "Q[1-9][0-9]*|marsad:[a-z0-9][a-z0-9-]*|geonames:[1-9][0-9]*|iso3166-2:[A-Z]{2}-[A-Z0-9]{1,3}");
  private static final Pattern COUNTRY = Pattern.compile("|[A-Z]{2}");
  /** Generated from GeoNames: a city may have no Arabic name, and its English name may be a local spelling. */
  private static final String PLACES = "places-geonames.tsv";
  private static final Pattern ARABIC = Pattern.compile("[\\u0621-\\u064A]");
  private static final Pattern LATIN = Pattern.compile("[A-Za-z\\u00C0-\\u024F]");
  private static final int MIN_ROWS = 3000;

  private static List<String> readLines(String resource) throws IOException {
    InputStream in = BundledGazetteerDataTest.class.getResourceAsStream(DIR + resource);
    assertNotNull(in, "missing classpath resource " + DIR + resource);
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String l; (l = r.readLine()) != null; ) {
        lines.add(l);
      }
    }
    return lines;
  }

  private static List<String> indexedFiles() throws IOException {
    List<String> files = new ArrayList<>();
    for (String l : readLines("index.txt")) {
      String t = l.strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        files.add(t);
      }
    }
    return files;
  }

  @Test
  void everyListedFileIsWellFormedAndIdsAreUnique() throws IOException {
    List<String> files = indexedFiles();
    assertTrue(!files.isEmpty(), "index.txt lists no files");
    List<String> problems = new ArrayList<>();
    Map<String, String> idAt = new HashMap<>();
    int rows = 0;
    for (String file : files) {
      List<String> lines = readLines(file);
      int i = 0;
      while (i < lines.size() && lines.get(i).startsWith("#")) {
        i++;
      }
      if (i == 0) {
        problems.add(file + ": no # provenance/licence comment lines before the header");
      }
      if (i >= lines.size() || !lines.get(i).equals(HEADER)) {
        problems.add(file + ":" + (i + 1) + ": expected header '" + HEADER.replace("\t", "\\t") + "'");
        continue;
      }
      for (int n = i + 1; n < lines.size(); n++) {
        String where = file + ":" + (n + 1);
        String line = lines.get(n);
        if (line.isEmpty()) {
          problems.add(where + ": empty line");
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length != 6) {
          problems.add(where + ": expected 6 tab-separated columns, got " + c.length);
          continue;
        }
        rows++;
        String id = c[0], type = c[1], en = c[2], ar = c[3], aliases = c[4];
        if (!COUNTRY.matcher(c[5]).matches()) {
          problems.add(where + ": bad country '" + c[5] + "'");
        }
        if (!ID.matcher(id).matches()) {
          problems.add(where + ": bad id '" + id + "'");
        }
        String prev = idAt.putIfAbsent(id, where);
        if (prev != null) {
          problems.add(where + ": duplicate id " + id + " (first at " + prev + ")");
        }
        if (!TYPES.contains(type)) {
          problems.add(where + ": bad type '" + type + "'");
        }
        if (file.equals(PLACES)) {
          if (en.isBlank() && ar.isBlank()) {
            problems.add(where + ": no name");
          }
        } else if (en.isBlank() || !LATIN.matcher(en).find()) {
          problems.add(where + ": name_en empty or without Latin letters: '" + en + "'");
        }
        if (!file.equals(PLACES) && (ar.isBlank() || !ARABIC.matcher(ar).find())) {
          problems.add(where + ": name_ar empty or without Arabic letters: '" + ar + "'");
        }
        if (!aliases.isEmpty()) {
          Set<String> seen = new HashSet<>();
          for (String a : aliases.split("\\|", -1)) {
            if (a.isBlank()) {
              problems.add(where + ": empty alias");
            } else if (!seen.add(a)) {
              problems.add(where + ": alias '" + a + "' repeated");
            }
          }
        }
      }
    }
    if (rows < MIN_ROWS) {
      problems.add("only " + rows + " rows in total, expected at least " + MIN_ROWS);
    }
    if (!problems.isEmpty()) {
      fail(problems.size() + " problem(s):\n" + String.join("\n", problems.subList(0, Math.min(50, problems.size()))));
    }
  }
}
