package org.marsad.enrich.text.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/** Scores a model on held-out sentences, exact spans and types, over the tagger's own tokenisation. */
public final class TaggerEvaluation {

    private TaggerEvaluation() {
    }

    public static TaggerScores score(TokenNameFinderModel model, List<TaggedSentence> sentences) {
        return score(tagger(model), sentences);
    }

    /** OpenNLP's own decoder on {@code model}, sentence by sentence (no adaptive data kept): the reference. */
    static Function<String[], Span[]> tagger(TokenNameFinderModel model) {
        NameFinderME finder = new NameFinderME(model);
        return words -> {
            Span[] found = finder.find(words);
            finder.clearAdaptiveData();
            return found;
        };
    }

    /** The same scoring for any tagger of a sentence's words (a learner compared with the shipped one). */
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
