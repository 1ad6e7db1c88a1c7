package org.marsad.enrich.text.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * What the project already knows, as the tagger's features read it: the bundled gazetteer, the rule lexicon
 * and the person-name tokens. Loaded once per JVM, immutable; user gazetteer entries link names but do not
 * change features, so a model scores the same everywhere.
 */
final class TaggerKnowledge {

    private static final String NAME_TOKENS = "person-name-tokens.txt";

    final Gazetteer gazetteer;
    final Lexicon lexicon;
    final Set<String> personNameTokens;

    private TaggerKnowledge() {
        lexicon = Lexicon.get();
        GazetteerReader reader = new GazetteerReader().readClasspath(GazetteerReader.BUNDLED_INDEX);
        gazetteer = new Gazetteer(reader.entries(), reader.fingerprint(), lexicon);
        personNameTokens = nameTokens();
    }

    private static final class Holder {
        private static final TaggerKnowledge INSTANCE = new TaggerKnowledge();
    }

    static TaggerKnowledge get() {
        return Holder.INSTANCE;
    }

    boolean isPersonName(String key) {
        return personNameTokens.contains(key) || lexicon.isGivenName(key);
    }

    private static Set<String> nameTokens() {
        InputStream in = TaggerKnowledge.class.getResourceAsStream(NAME_TOKENS);
        if (in == null) {
            throw new IllegalStateException("missing tagger resource " + NAME_TOKENS);
        }
        Set<String> keys = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> keys.addAll(Lexicon.keys(l)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tagger resource " + NAME_TOKENS, e);
        }
        return Set.copyOf(keys);
    }
}
