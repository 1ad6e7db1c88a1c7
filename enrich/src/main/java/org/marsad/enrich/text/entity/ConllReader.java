package org.marsad.enrich.text.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the training corpora's CoNLL files: {@code token<TAB>tag[<TAB>anything]} a line, a blank line after
 * each sentence (see corpora/SOURCES.md). A malformed line fails with the file, line number and reason.
 */
public final class ConllReader {

    private static final Set<String> TYPES = Set.of("PERSON", "ORG", "LOC", "MISC");

    private ConllReader() {
    }

    public static List<TaggedSentence> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, corpusName(file.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus " + file, e);
        }
    }

    /** Reads a corpus from a stream; {@code corpus} names it in errors and in the dev split. */
    public static List<TaggedSentence> read(InputStream in, String corpus) {
        List<TaggedSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    if (!tokens.isEmpty()) {
                        sentences.add(new TaggedSentence(corpus, sentences.size(), tokens, tags));
                        tokens.clear();
                        tags.clear();
                    }
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2 || cols[0].isEmpty() || !validTag(cols[1])) {
                    throw new IllegalArgumentException(corpus + " line " + number + ": expected token<TAB>BIO tag, got '"
                            + line + "'");
                }
                tokens.add(cols[0]);
                tags.add(cols[1]);
            }
            if (!tokens.isEmpty()) {
                sentences.add(new TaggedSentence(corpus, sentences.size(), tokens, tags));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus " + corpus, e);
        }
        return sentences;
    }

    static String corpusName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static boolean validTag(String tag) {
        return tag.equals("O") || (tag.startsWith("B-") || tag.startsWith("I-")) && TYPES.contains(tag.substring(2));
    }
}
