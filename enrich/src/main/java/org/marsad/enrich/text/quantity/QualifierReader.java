package org.marsad.enrich.text.quantity;

import java.util.List;
import org.marsad.enrich.text.Qualifier;

/**
 * Reads the hedge around an amount: a qualifier phrase just before it ({@code ما يصل إلى}, {@code more than}),
 * for the phrases that may follow, just after it ({@code 5 ملايين دولار على الأقل}), or a hedging verb before
 * the subject that Arabic verb-first order puts between it and its amount ({@code تخطى سعر الذهب 3 آلاف دولار}).
 * Ranges and vague amounts keep the qualifier their form gave them; everything else without a hedge is exact.
 */
final class QualifierReader {

    /** A verb's subject is a short noun phrase: قيمة الصفقة, القيمة السوقية للشركة. */
    private static final int MAX_SUBJECT_WORDS = 3;
    private static final char WAW = '\u0648';
    private static final char FEH = '\u0641';
    private static final String ARTICLE = "\u0627\u0644";

    private final Lexicon lexicon;

    QualifierReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Qualifier read(List<Token> tokens, Draft draft) {
        if (draft.qualifier() != null) {
            return draft.qualifier();
        }
        PhraseTable.Match<Lexicon.Hedge> before = lexicon.qualifiers.endingAt(tokens, draft.startToken());
        if (before != null && before.value().position().before()) {
            return before.value().qualifier();
        }
        PhraseTable.Match<Lexicon.Hedge> after = lexicon.qualifiers.at(tokens, draft.endToken());
        if (after != null && after.value().position().after()) {
            return after.value().qualifier();
        }
        Qualifier verb = before == null ? acrossSubject(tokens, draft) : null;
        return verb != null ? verb : Qualifier.EXACT;
    }

    /**
     * The qualifier of a hedging verb up to {@value #MAX_SUBJECT_WORDS} words before the amount, when every
     * word between is a plain word of one noun phrase: no digit, symbol, number word, other hedge or
     * {@code subject_breaks.tsv} word, and no glued conjunction that opens a new clause ({@code وحققت}).
     */
    private Qualifier acrossSubject(List<Token> tokens, Draft draft) {
        int start = draft.startToken();
        if (draft.start() != tokens.get(start).start()) {
            // a preposition glued to the amount (بخمسة ملايين) makes it no object of the verb
            return null;
        }
        for (int k = start - 1; k >= 1 && start - k <= MAX_SUBJECT_WORDS; k--) {
            if (!isSubjectWord(tokens, k, tokens.get(start).sentence())) {
                return null;
            }
            PhraseTable.Match<Lexicon.Hedge> verb = lexicon.qualifiers.endingAt(tokens, k);
            if (verb != null) {
                boolean reads = verb.value().position() == Position.VERB && !opensClause(tokens, k + 1, start)
                        && tokens.get(k - 1).sentence() == tokens.get(start).sentence();
                return reads ? verb.value().qualifier() : null;
            }
        }
        return null;
    }

    private boolean isSubjectWord(List<Token> tokens, int k, int sentence) {
        Token token = tokens.get(k);
        return token.kind() == Token.Kind.WORD && token.sentence() == sentence
                && lexicon.subjectBreaks.at(tokens, k) == null && lexicon.numbers.at(tokens, k) == null
                && lexicon.qualifiers.at(tokens, k) == null;
    }

    /**
     * True when a word after the subject's first carries a glued و or ف that is not the conjunction of a
     * coordinated noun ({@code والغاز}): {@code تجاوزت الشركة التوقعات وحققت} starts a clause of its own.
     */
    private static boolean opensClause(List<Token> tokens, int from, int to) {
        for (int m = from; m < to; m++) {
            String text = tokens.get(m).text();
            boolean conjunction = text.length() > 1 && (text.charAt(0) == WAW || text.charAt(0) == FEH);
            if (conjunction && !text.startsWith(ARTICLE, 1)) {
                return true;
            }
        }
        return false;
    }
}
