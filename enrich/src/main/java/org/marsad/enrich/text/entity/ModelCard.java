package org.marsad.enrich.text.entity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Writes a trained model with its card inside (extra {@code marsad.*} keys in the OpenNLP
 * {@code manifest.properties}) and beside it ({@code ner-xx.card.txt}): corpora and licences, features,
 * learner settings, dev split fingerprint and scores, date.
 */
final class ModelCard {

    private static final String MANIFEST = "manifest.properties";
    private static final Map<String, String> LICENCES = Map.of(
            "ar-anercorp-train.conll", "ANERcorp (CAMeL Lab release), CC BY-SA 4.0",
            "en-gmb.conll", "Groningen Meaning Bank 2.2.0, VOA texts public domain, annotations for research use",
            "en-wikigold.conll", "Wikigold, CC BY 4.0",
            "en-sec-filings.conll", "SEC filings NER (Salinas Alvarado et al. 2015), CC BY 3.0");

    private ModelCard() {
    }

    static Map<String, String> facts(TaggerTraining.Result r) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("marsad.lang", r.recipe().lang());
        facts.put("marsad.trained", LocalDate.now(ZoneOffset.UTC).toString());
        StringBuilder corpora = new StringBuilder();
        new TreeMap<>(r.recipe().corpora()).forEach((file, every) -> corpora.append(corpora.isEmpty() ? "" : "; ")
                .append(file).append(every > 1 ? " (1 block in " + every + ")" : "").append(": ")
                .append(LICENCES.getOrDefault(file, "see corpora/SOURCES.md")));
        facts.put("marsad.corpora", corpora.toString());
        facts.put("marsad.features", r.recipe().features());
        facts.put("marsad.learner", "OpenNLP 2.5.4 NameFinderME, PERCEPTRON, BILOU, greedy decoding (BeamSize "
                + TaggerTraining.BEAM_SIZE + "), iterations "
                + r.recipe().iterations() + ", cutoff " + r.recipe().cutoff() + ", 1 thread, no randomness");
        facts.put("marsad.train.sentences", Integer.toString(r.trainSentences()));
        facts.put("marsad.dev.sentences", Integer.toString(r.devSentences()));
        facts.put("marsad.dev.rule", "blocks of " + DevSplit.BLOCK + " sentences, CRC-32(corpus:block) % "
                + DevSplit.MODULUS + " == 0");
        facts.put("marsad.dev.sha256", r.devFingerprint());
        TaggerScores.Counts all = r.dev().overall();
        facts.put("marsad.dev.f1", String.format(Locale.ROOT, "%.4f", all.f1()));
        facts.put("marsad.dev.precision", String.format(Locale.ROOT, "%.4f", all.precision()));
        facts.put("marsad.dev.recall", String.format(Locale.ROOT, "%.4f", all.recall()));
        facts.put("marsad.dev.unlisted.recall", String.format(Locale.ROOT, "%.4f", r.dev().unlistedRecall()));
        facts.put("marsad.train.millis", Long.toString(r.millis()));
        return facts;
    }

    static void write(TokenNameFinderModel model, TaggerTraining.Result r) {
        Map<String, String> facts = facts(r);
        TaggerTraining.createParent(r.model());
        try {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            model.serialize(plain);
            try (OutputStream out = Files.newOutputStream(r.model())) {
                withFacts(plain.toByteArray(), facts, out);
            }
            StringBuilder card = new StringBuilder("# Marsad entity tagger model card (written by marsad train-ner)\n");
            facts.forEach((k, v) -> card.append(k).append(" = ").append(v).append('\n'));
            card.append("\n# dev split scores, exact spans\n").append(r.dev().report());
            Files.writeString(r.model().resolveSibling("ner-" + r.recipe().lang() + ".card.txt"), card,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model " + r.model(), e);
        }
    }

    /** Copies the model zip, adding the facts to its manifest; OpenNLP ignores keys it does not know. */
    private static void withFacts(byte[] zip, Map<String, String> facts, OutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream copy = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(MANIFEST)) {
                    Properties manifest = new Properties();
                    manifest.load(new ByteArrayInputStream(bytes));
                    manifest.putAll(facts);
                    ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
                    manifest.store(rewritten, null);
                    bytes = rewritten.toByteArray();
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(bytes);
                copy.closeEntry();
            }
        }
    }
}
