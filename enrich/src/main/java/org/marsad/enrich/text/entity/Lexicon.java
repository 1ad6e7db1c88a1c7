package org.marsad.enrich.text.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The word lists behind the rules (triggers, organisation heads, stopwords, ambiguous names), read once from
 * classpath resources next to this class and normalised exactly like the text.
 */
final class Lexicon {

    /** Payload of an organisation head whose word belongs to the name ({@code وزارة الخارجية}). */
    static final int HEAD_INCLUDED = 1;
    /** Payload of an organisation head that only introduces the name ({@code شركة أبل}). */
    static final int HEAD_EXCLUDED = 0;

    final PhraseIndex personTriggers;
    final PhraseIndex orgHeads;
    final Set<String> stopwords;
    final Set<String> ambiguous;
    final Set<String> orgSuffixes;
    final Set<String> speechVerbs;

    private Lexicon() {
        personTriggers = phrases("person-triggers.txt");
        orgHeads = phrases("org-heads.txt");
        stopwords = words("stopwords.txt");
        ambiguous = words("ambiguous-names.txt");
        orgSuffixes = words("org-suffixes.txt");
        speechVerbs = words("speech-verbs.txt");
    }

    private static final Lexicon INSTANCE = new Lexicon();

    static Lexicon get() {
        return INSTANCE;
    }

    /** Normalised token keys of a phrase, the same way text tokens are keyed. */
    static List<String> keys(String phrase) {
        TokenizedText tokens = TokenizedText.of(phrase);
        List<String> keys = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            keys.add(tokens.key(i));
        }
        return keys;
    }

    boolean isStop(String key) {
        return stopwords.contains(key);
    }

    private static PhraseIndex phrases(String resource) {
        PhraseIndex.Builder builder = PhraseIndex.builder();
        for (String line : lines(resource)) {
            String[] cols = line.split("\t");
            int payload = cols.length > 1 && cols[1].strip().equals("INCLUDE") ? HEAD_INCLUDED : HEAD_EXCLUDED;
            builder.add(keys(cols[0]), payload);
        }
        return builder.build();
    }

    private static Set<String> words(String resource) {
        Set<String> words = new HashSet<>();
        for (String line : lines(resource)) {
            words.addAll(keys(line));
        }
        return Set.copyOf(words);
    }

    private static List<String> lines(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing lexicon resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + resource, e);
        }
    }
}
