package org.marsad.enrich.text.entity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.marsad.enrich.text.EntityType;
import org.marsad.text.Proclitics;

/**
 * The trained sequence tagger: proposes entity spans and types on a field's tokens, sentence by sentence, with the
 * Arabic or English model chosen by the field's script. The models are loaded once and immutable; each thread
 * gets its own sentence tagger (it keeps per-sentence state and a word cache), so one tagger serves all threads.
 */
final class EntityTagger {

    static final String MODEL_DIR = "model/";

    private final TokenNameFinderModel arabic;
    private final TokenNameFinderModel english;
    private final ThreadLocal<Function<String[], Span[]>> arabicFinder;
    private final ThreadLocal<Function<String[], Span[]>> englishFinder;
    private final TaggerKnowledge knowledge = TaggerKnowledge.get();
    private final String fingerprint;

    EntityTagger(TokenNameFinderModel arabic, TokenNameFinderModel english, String fingerprint) {
        this.arabic = arabic;
        this.english = english;
        this.fingerprint = fingerprint;
        this.arabicFinder = ThreadLocal.withInitial(() -> finder(this.arabic));
        this.englishFinder = ThreadLocal.withInitial(() -> finder(this.english));
    }

    /**
     * A sentence tagger for one thread: the fast {@link GreedyNameFinder} for the models it reproduces (the
     * shipped ones), OpenNLP's own {@link NameFinderME} for any other (a baseline or beam-search experiment).
     */
    private static Function<String[], Span[]> finder(TokenNameFinderModel model) {
        if (GreedyNameFinder.supports(model)) {
            return new GreedyNameFinder(model)::find;
        }
        NameFinderME generic = new NameFinderME(model);
        return sentence -> {
            Span[] spans = generic.find(sentence);
            generic.clearAdaptiveData();
            return spans;
        };
    }

    private static final class Bundled {
        private static final EntityTagger INSTANCE = new EntityTagger(load("ner-ar.bin"), load("ner-en.bin"),
                sha256(bytes("ner-ar.bin"), bytes("ner-en.bin")));
    }

    /** The shipped models, loaded on first use and shared by every recognizer in the JVM. */
    static EntityTagger bundled() {
        return Bundled.INSTANCE;
    }

    static TokenNameFinderModel load(String name) {
        try {
            return new TokenNameFinderModel(new ByteArrayInputStream(bytes(name)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load tagger model " + MODEL_DIR + name, e);
        }
    }

    private static byte[] bytes(String name) {
        try (InputStream in = EntityTagger.class.getResourceAsStream(MODEL_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing tagger model " + MODEL_DIR + name
                        + " (rebuild with: marsad train-ner --out DIR, then copy it into enrich resources)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tagger model " + MODEL_DIR + name, e);
        }
    }

    static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    /**
     * 12 hex chars of SHA-256 over {@code gazetteerFingerprint} and the two model files, so a retrained model
     * changes the enricher version like a changed gazetteer does.
     */
    String fingerprintWith(String gazetteerFingerprint) {
        return sha256((gazetteerFingerprint + ":").getBytes(StandardCharsets.UTF_8),
                fingerprint.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    /** The model's spans in {@code field} as candidates, glued proclitics left outside. */
    List<Candidate> find(FieldText field) {
        TokenizedText tokens = field.tokens();
        List<Candidate> found = new ArrayList<>();
        if (tokens.size() == 0) {
            return found;
        }
        Function<String[], Span[]> finder = isArabic(tokens) ? arabicFinder.get() : englishFinder.get();
        String[] words = TaggerInput.words(tokens);
        int start = 0;
        for (int i = 1; i <= words.length; i++) {
            if (i == words.length || tokens.startsSentence(i)) {
                for (Span span : finder.apply(Arrays.copyOfRange(words, start, i))) {
                    int first = start + span.getStart();
                    found.add(Candidate.over(field, first, start + span.getEnd(), cliticSkip(tokens, first),
                            EntityType.valueOf(span.getType()), null, null, Candidate.MODEL));
                }
                start = i;
            }
        }
        return found;
    }

    /**
     * How many chars of a span's first token are a proclitic to leave out: the corpora tag the whole word
     * ({@code وبيروت}), the pipeline reports the name. Stripped when the clitic stands before the article
     * ({@code بالعراق}, {@code للولايات}) or when only the stripped form is a listed one-word name
     * ({@code وبيروت}); person-name tokens are too short and many to decide this ({@code بنك} is not
     * {@code ب + نك}).
     */
    private int cliticSkip(TokenizedText tokens, int first) {
        if (tokens.kind(first) != TokenizedText.Kind.ARABIC) {
            return 0;
        }
        List<Proclitics.Variant> variants = tokens.variants(first);
        boolean wholeListed = knowledge.gazetteer.isListedWord(tokens.key(first));
        int skip = 0;
        for (int v = 1; v < variants.size(); v++) {
            Proclitics.Variant variant = variants.get(v);
            boolean definite = Proclitics.hasArticle(variant.key());
            boolean listed = !wholeListed && knowledge.gazetteer.isListedWord(variant.key());
            if ((definite || listed) && variant.skip() > skip) {
                skip = variant.skip();
            }
        }
        return skip;
    }

    private static boolean isArabic(TokenizedText tokens) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < tokens.size(); i++) {
            arabic += tokens.kind(i) == TokenizedText.Kind.ARABIC ? 1 : 0;
            latin += tokens.kind(i) == TokenizedText.Kind.LATIN ? 1 : 0;
        }
        return arabic >= latin;
    }
}
