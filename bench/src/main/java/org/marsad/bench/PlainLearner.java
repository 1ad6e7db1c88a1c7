package org.marsad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The bare learner's speed, for comparison with the full tagger: a model (normally the baseline one, trained with
 * {@code marsad train-ner --baseline}) run by OpenNLP alone on an article's whitespace tokens, one sentence per line.
 */
final class PlainLearner {

    private PlainLearner() {
    }

    static void run(Path model, String article) throws IOException {
        NameFinderME finder = new NameFinderME(new TokenNameFinderModel(model));
        String[][] sentences = article.lines().filter(l -> !l.isBlank()).map(l -> l.strip().split("\\s+"))
                .toArray(String[][]::new);
        EntityBenchmark.cpuRounds("plain " + model.getFileName(), article.getBytes(StandardCharsets.UTF_8).length,
                () -> {
                    for (String[] sentence : sentences) {
                        finder.find(sentence);
                    }
                    finder.clearAdaptiveData();
                });
    }
}
