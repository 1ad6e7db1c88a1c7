package org.marsad.enrich.text.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.marsad.text.Proclitics;

/**
 * The tagger's project-specific features: what the rules and lists know, offered to the model as evidence it
 * weighs, never as decisions. Which families are on is data, in the model's feature descriptor
 * ({@code tagger-features.xml}); each family below has its one-line reason.
 *
 * <p>Features are computed once per sentence (OpenNLP asks token by token) and cached against the token
 * array, so an instance belongs to one {@code NameFinderME}, i.e. one thread.
 */
final class EntityFeatures implements AdaptiveFeatureGenerator {

    /** Feature families, named as in the descriptor's {@code families} list. */
    static final Set<String> FAMILIES = Set.of(
            "clitic",    // the clitic-split and article-less forms: وبيروت and بيروت are one name to the model
            "kind",      // script of the token and of its neighbours: a Latin run inside Arabic text is a gloss or a name
            "gazetteer", // listed-name type and position for the token and its neighbours
            "names",     // person-name tokens (Wikidata, given-names list) for the token and its neighbours
            "triggers",  // a person trigger (title, role) ends just before the token
            "heads",     // an organisation/place head (شركة, جامعة, مدينة) starts at or ends just before the token
            "context",   // stopword, org suffix, speech verb next: the words that close a name
            "paren",     // inside parentheses: glosses and abbreviations
            "rules");    // what the hand-written rules (heads, triggers, given names, capitalised runs) would tag

    private final boolean clitic;
    private final boolean kind;
    private final boolean gazetteer;
    private final boolean names;
    private final boolean triggers;
    private final boolean heads;
    private final boolean context;
    private final boolean paren;
    private final TaggerKnowledge knowledge;
    private final RuleProposals rules;
    // names over few values are built once per value (FeatureNames says why)
    private final FeatureNames gazHere = new FeatureNames("gaz=");
    private final FeatureNames gazBefore = new FeatureNames("gaz-1=");
    private final FeatureNames gazAfter = new FeatureNames("gaz+1=");
    private final FeatureNames headHere = new FeatureNames("head=");
    private final FeatureNames headBefore = new FeatureNames("head-1=");
    private final FeatureNames ruleHere = new FeatureNames("rule=");
    private final FeatureNames ruleBefore = new FeatureNames("rule-1=");
    private String[] cachedFor;
    private List<List<String>> cached;

    EntityFeatures(Set<String> families, TaggerKnowledge knowledge) {
        // one flag per family, read per token: a set look-up each time cost more than the feature
        this.clitic = families.contains("clitic");
        this.kind = families.contains("kind");
        this.gazetteer = families.contains("gazetteer");
        this.names = families.contains("names");
        this.triggers = families.contains("triggers");
        this.heads = families.contains("heads");
        this.context = families.contains("context");
        this.paren = families.contains("paren");
        this.knowledge = knowledge;
        this.rules = families.contains("rules") ? new RuleProposals(knowledge.lexicon, knowledge.gazetteer) : null;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        features.addAll(featuresOf(tokens, index));
    }

    /** The features of token {@code index}, read-only: what {@link #createFeatures} adds, without the copy. */
    List<String> featuresOf(String[] tokens, int index) {
        if (tokens != cachedFor) {
            cached = compute(TokenizedText.ofWords(tokens));
            cachedFor = tokens;
        }
        return cached.get(index);
    }

    private List<List<String>> compute(TokenizedText t) {
        int n = t.size();
        String[] listed = gazetteer ? knowledge.gazetteer.listedTypes(t) : new String[n];
        boolean[] person = new boolean[n];
        boolean[] trigger = new boolean[n + 1];
        String[] headStarts = new String[n];
        String[] headEnds = new String[n + 1];
        for (int i = 0; i < n; i++) {
            person[i] = names && t.isWord(i) && isPersonName(t.variants(i));
            PhraseMatch trig = triggers ? PhraseMatch.longestAt(knowledge.lexicon.personTriggers, t, i) : null;
            if (trig != null) {
                trigger[trig.end()] = true;
            }
            PhraseMatch head = heads ? PhraseMatch.longestAt(knowledge.lexicon.nameHeads, t, i) : null;
            if (head != null) {
                headStarts[i] = Lexicon.headType(head.payload()).name();
                headEnds[head.end()] = headStarts[i];
            }
        }
        boolean[] inParens = parens(t);
        String[] ruled = rules != null ? rules.tags(t) : new String[n];
        List<List<String>> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> f = new ArrayList<>(12);
            if (clitic && t.kind(i) == TokenizedText.Kind.ARABIC) {
                List<Proclitics.Variant> variants = t.variants(i);
                for (int v = 1; v < variants.size(); v++) {
                    f.add("stem=" + variants.get(v).key());
                }
                if (t.hasArticle(i)) {
                    f.add("noart=" + t.key(i).substring(2));
                }
            }
            if (kind) {
                f.add(FeatureNames.kind(t.kind(i), i > 0 ? t.kind(i - 1) : null, i + 1 < n ? t.kind(i + 1) : null));
            }
            if (gazetteer) {
                f.add(gazHere.of(listed[i]));
                f.add(gazBefore.of(i > 0 ? listed[i - 1] : "BOS"));
                f.add(gazAfter.of(i + 1 < n ? listed[i + 1] : "EOS"));
            }
            if (names) {
                f.add(FeatureNames.person(person[i], i > 0 && person[i - 1], i + 1 < n && person[i + 1]));
            }
            if (trigger[i]) {
                f.add("trig-1");
            }
            if (headStarts[i] != null) {
                f.add(headHere.of(headStarts[i]));
            }
            if (headEnds[i] != null) {
                f.add(headBefore.of(headEnds[i]));
            }
            if (context) {
                context(t, i, f);
            }
            if (inParens[i]) {
                f.add("paren");
            }
            if (rules != null) {
                f.add(ruleHere.of(ruled[i]));
                f.add(ruleBefore.of(i > 0 ? ruled[i - 1] : "BOS"));
            }
            all.add(f);
        }
        return all;
    }

    private void context(TokenizedText t, int i, List<String> f) {
        Lexicon lex = knowledge.lexicon;
        if (lex.isStop(t.key(i))) {
            f.add("stop");
        }
        if (i + 1 < t.size() && lex.orgSuffixes.contains(t.key(i + 1))) {
            f.add("orgsfx+1");
        }
        if (i + 1 < t.size() && lex.speechVerbs.contains(t.key(i + 1))) {
            f.add("speech+1");
        }
        if (t.startsSentence(i)) {
            f.add("sent0");
        }
    }

    private boolean[] parens(TokenizedText t) {
        boolean[] inside = new boolean[t.size()];
        if (!paren) {
            return inside;
        }
        boolean open = false;
        for (int i = 0; i < t.size(); i++) {
            if (t.isPunct(i, '(')) {
                open = true;
            } else if (t.isPunct(i, ')')) {
                open = false;
            } else {
                inside[i] = open;
            }
        }
        return inside;
    }

    private boolean isPersonName(List<Proclitics.Variant> variants) {
        for (Proclitics.Variant v : variants) {
            if (knowledge.isPersonName(v.key())) {
                return true;
            }
        }
        return false;
    }

}
