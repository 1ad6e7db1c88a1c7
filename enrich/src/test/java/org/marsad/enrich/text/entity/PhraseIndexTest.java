package org.marsad.enrich.text.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The token trie: longest phrase, first payload kept, unknown tokens rejected. */
class PhraseIndexTest {

    private final PhraseIndex index = PhraseIndex.builder()
            .add(List.of("a", "b"), 1).add(List.of("a", "b", "c"), 2).add(List.of("a", "b"), 9).build();

    @Test
    void shouldKeepFirstPayloadWhenPhraseAddedTwice() {
        assertEquals(1, index.payload(index.child(index.child(PhraseIndex.ROOT, "a"), "b")));
    }

    @Test
    void shouldFindLongestPhraseWhenPrefixAlsoListed() {
        PhraseMatch match = PhraseMatch.longestAt(index, TokenizedText.of("x a b c d"), 1);
        assertEquals(new PhraseMatch(1, 4, 0, 2), match);
    }

    @Test
    void shouldReturnNoneWhenTokenUnknown() {
        assertEquals(PhraseIndex.NONE, index.child(PhraseIndex.ROOT, "zzz"));
    }
}
