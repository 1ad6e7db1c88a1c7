package org.marsad.enrich.text.entity;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * What the tagger sees, the same at training and at run time: the tokens of {@link TokenizedText} (normalised,
 * case kept, punctuation split). A corpus sentence is re-tokenised this way and its tags carried over, so the
 * model never learns a tokenisation it will not meet in the pipeline.
 */
final class TaggerInput {

    private TaggerInput() {
    }

    /** The normalised surface of every token, the strings the model and its features read. */
    static String[] words(TokenizedText tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.surface(i);
        }
        return words;
    }

    /** A training sample: the sentence re-tokenised, each corpus entity spanning the sub-tokens of its words. */
    static NameSample sample(TaggedSentence sentence) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[sentence.tokens().size()];
        for (int j = 0; j < starts.length; j++) {
            starts[j] = text.length();
            text.append(sentence.tokens().get(j)).append(' ');
        }
        TokenizedText tokens = TokenizedText.of(text.toString());
        int[] owner = new int[tokens.size()];
        for (int k = 0; k < owner.length; k++) {
            owner[k] = ownerOf(starts, tokens.originalStart(k, 0));
        }
        List<Span> spans = new ArrayList<>();
        List<String> tags = sentence.tags();
        int j = 0;
        while (j < tags.size()) {
            if (!tags.get(j).startsWith("B-")) {
                j++;
                continue;
            }
            String type = tags.get(j).substring(2);
            int last = j;
            while (last + 1 < tags.size() && tags.get(last + 1).equals("I-" + type)) {
                last++;
            }
            Span span = subTokens(owner, j, last, type);
            if (span != null) {
                spans.add(span);
            }
            j = last + 1;
        }
        return new NameSample(sentence.corpus() + ":" + sentence.index(), words(tokens), spans.toArray(Span[]::new),
                null, true);
    }

    /** The sub-tokens of corpus words {@code [first, last]}, or null when normalisation left none. */
    private static Span subTokens(int[] owner, int first, int last, String type) {
        int begin = -1;
        int end = -1;
        for (int k = 0; k < owner.length; k++) {
            if (owner[k] >= first && owner[k] <= last) {
                begin = begin < 0 ? k : begin;
                end = k + 1;
            }
        }
        return begin < 0 ? null : new Span(begin, end, type);
    }

    private static int ownerOf(int[] starts, int offset) {
        int j = java.util.Arrays.binarySearch(starts, offset);
        return j >= 0 ? j : -j - 2;
    }
}
