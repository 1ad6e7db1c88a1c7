package org.marsad.enrich.text.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.enrich.text.EntityType;

/**
 * The word lists behind the rules (triggers, name heads, given names, stopwords, ambiguous names), read once from
 * classpath resources next to this class and normalised exactly like the text.
 */
final class Lexicon {

    /** Head mode: the head only introduces a bare name ({@code شركة أبل}). */
    static final int HEAD_EXCLUDED = 0;
    /** Head mode: the head word belongs to the name ({@code وزارة الخارجية}). */
    static final int HEAD_INCLUDED = 1;
    /** Head mode: the head introduces a name that may carry the article ({@code مدينة الرقة}). */
    static final int HEAD_NAME = 2;
    /** Head mode: part of an article-chain name ({@code وكالة الأنباء الفرنسية}), outside a bare one ({@code رويترز}). */
    static final int HEAD_LEADS = 3;
    private static final int MODE_BITS = 2;

    final PhraseIndex personTriggers;
    final PhraseIndex nameHeads;
    final PhraseIndex givenNames;
    final Set<String> stopwords;
    final Set<String> ambiguous;
    /**
     * One-word place spellings from GeoNames that are also common words or given names ({@code Reading}, {@code صور},
     * {@code جمال}): the gazetteer needs context for them, as for ambiguous names, but the rules do not change (#11).
     */
    final Set<String> commonWordPlaces;
    final Set<String> orgSuffixes;
    final Set<String> speechVerbs;
    final Set<String> nameJoiners;
    final Set<String> chainAdjectives;
    final Map<String, EntityType> appositionNouns;
    final Set<String> facilityWords;

    private Lexicon() {
        personTriggers = phrases("person-triggers.txt");
        nameHeads = phrases("name-heads.txt");
        givenNames = phrases("given-names.txt");
        stopwords = words("stopwords.txt");
        ambiguous = words("ambiguous-names.txt");
        commonWordPlaces = words("gazetteer/common-word-places.txt");
        orgSuffixes = words("org-suffixes.txt");
        speechVerbs = words("speech-verbs.txt");
        nameJoiners = words("name-joiners.txt");
        chainAdjectives = words("chain-adjectives.txt");
        appositionNouns = typedWords("apposition-nouns.txt");
        facilityWords = words("facility-words.txt");
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

    /**
     * Whether a head of {@code mode} is part of the name in tokens {@code [nameStart, nameEnd)} after it: an
     * included head always; a leading head for an article chain (وكالة الأنباء الفرنسية) but not for a one-word
     * name, article or not (وكالة الأناضول, حركة النهضة), which news NER tags alone.
     */
    static boolean headInside(int mode, TokenizedText t, int nameStart, int nameEnd) {
        return mode == HEAD_INCLUDED || mode == HEAD_LEADS && t.hasArticle(nameStart) && nameEnd - nameStart >= 2;
    }

    /** How the name follows a head ({@link #HEAD_EXCLUDED}, {@link #HEAD_INCLUDED}, {@link #HEAD_NAME}). */
    static int headMode(int payload) {
        return payload & ((1 << MODE_BITS) - 1);
    }

    static EntityType headType(int payload) {
        return EntityType.values()[payload >>> MODE_BITS];
    }

    /** True when {@code key}, without clitics, is a listed given name. */
    boolean isGivenName(String key) {
        int node = givenNames.child(PhraseIndex.ROOT, key);
        return node != PhraseIndex.NONE && givenNames.payload(node) != PhraseIndex.NONE;
    }

    boolean isStop(String key) {
        return stopwords.contains(key);
    }

    private static PhraseIndex phrases(String resource) {
        PhraseIndex.Builder builder = PhraseIndex.builder();
        for (String line : lines(resource)) {
            String[] cols = line.split("\t");
            int mode = cols.length < 2 ? HEAD_EXCLUDED : switch (cols[1].strip()) {
                case "INCLUDE" -> HEAD_INCLUDED;
                case "NAME" -> HEAD_NAME;
                case "LEADS" -> HEAD_LEADS;
                default -> HEAD_EXCLUDED;
            };
            EntityType type = cols.length > 2 ? EntityType.valueOf(cols[2].strip()) : EntityType.ORG;
            builder.add(keys(cols[0]), (type.ordinal() << MODE_BITS) | mode);
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

    /** Word TAB type, one a line. */
    private static Map<String, EntityType> typedWords(String resource) {
        Map<String, EntityType> words = new HashMap<>();
        for (String line : lines(resource)) {
            String[] cols = line.split("\t");
            words.put(keys(cols[0]).get(0), EntityType.valueOf(cols[1].strip()));
        }
        return Map.copyOf(words);
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
