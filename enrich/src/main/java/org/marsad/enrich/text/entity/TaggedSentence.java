package org.marsad.enrich.text.entity;

import java.util.List;

/**
 * One sentence of a CoNLL training corpus: tokens as written and their BIO tags.
 *
 * @param corpus the corpus file's name without extension ({@code ar-anercorp-train})
 * @param index position of the sentence in its file, from 0; the dev split is decided on it
 * @param tokens the tokens
 * @param tags one BIO tag per token ({@code B-PERSON}, {@code I-ORG}, {@code O})
 */
public record TaggedSentence(String corpus, int index, List<String> tokens, List<String> tags) {

    public TaggedSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size() || tokens.isEmpty()) {
            throw new IllegalArgumentException(corpus + " sentence " + index + ": " + tokens.size() + " tokens but "
                    + tags.size() + " tags");
        }
    }
}
