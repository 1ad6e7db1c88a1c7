package org.marsad.enrich.text.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * {@link TaggerEvaluation}'s scoring for any tagger, not only an OpenNLP model: exact span and type over the
 * tagger's tokenisation ({@link TaggerInput#sample}), plus recall on gold names no list knows. The same rules, so
 * a CRF and the shipped perceptron are scored alike; {@code MalletComparison} prints the perceptron through both
 * to show they agree.
 */
final class DevScoring {

    private DevScoring() {
    }

    static TaggerScores score(Function<String[], Span[]> tagger, List<TaggedSentence> sentences) {
        TaggerKnowledge knowledge = TaggerKnowledge.get();
        TaggerScores scores = new TaggerScores();
        for (TaggedSentence sentence : sentences) {
            NameSample gold = TaggerInput.sample(sentence);
            compare(gold, tagger.apply(gold.getSentence()), scores, knowledge);
        }
        return scores;
    }

    private static void compare(NameSample gold, Span[] found, TaggerScores scores, TaggerKnowledge knowledge) {
        Set<Span> predicted = new HashSet<>(List.of(found));
        Set<Span> expected = new HashSet<>(List.of(gold.getNames()));
        for (Span g : expected) {
            boolean hit = predicted.contains(g);
            scores.add(g.getType(), hit ? 1 : 0, 0, hit ? 0 : 1);
        }
        for (Span p : predicted) {
            if (!expected.contains(p)) {
                scores.add(p.getType(), 0, 1, 0);
            }
        }
        if (expected.isEmpty()) {
            return;
        }
        TokenizedText tokens = TokenizedText.ofWords(gold.getSentence());
        String[] listed = knowledge.gazetteer.listedTypes(tokens);
        for (Span g : expected) {
            if (unlisted(g, tokens, listed, knowledge)) {
                scores.unlisted(predicted.contains(g));
            }
        }
    }

    private static boolean unlisted(Span g, TokenizedText tokens, String[] listed, TaggerKnowledge knowledge) {
        for (int i = g.getStart(); i < g.getEnd(); i++) {
            if (listed[i] != null || tokens.variants(i).stream().anyMatch(v -> knowledge.isPersonName(v.key()))) {
                return false;
            }
        }
        return true;
    }
}
