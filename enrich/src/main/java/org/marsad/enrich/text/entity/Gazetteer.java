package org.marsad.enrich.text.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.enrich.text.EntityType;

/**
 * The loaded gazetteer: every name and alias of every entry, normalised like the text, in one shared
 * {@link PhraseIndex} whose payload packs the entry index with the checks a match must pass.
 */
final class Gazetteer {

    /** An all-caps Latin alias ({@code US}) only matches all-caps text, so {@code us} stays a pronoun. */
    private static final int ACRONYM = 1;
    /** A capitalised Latin alias only matches capitalised text ({@code Apple}, not {@code apple}). */
    private static final int CAPITALISED = 2;
    /** A one-word alias that is also a common word ({@code أمل}, {@code X}) needs context from a rule. */
    private static final int AMBIGUOUS = 4;
    private static final int FLAG_BITS = 3;
    private static final int SHORT_ARABIC = 2;

    private final PhraseIndex index;
    private final PhraseIndex nameHeads;
    private final String[] ids;
    private final EntityType[] types;
    private final String[] namesEn;
    private final String[] namesAr;
    private final Map<String, String> countries = new HashMap<>();
    private final String fingerprint;

    Gazetteer(List<GazetteerEntry> entries, String fingerprint, Lexicon lexicon) {
        this.fingerprint = fingerprint;
        this.nameHeads = lexicon.nameHeads;
        int n = entries.size();
        ids = new String[n];
        types = new EntityType[n];
        namesEn = new String[n];
        namesAr = new String[n];
        PhraseIndex.Builder builder = PhraseIndex.builder();
        // Names go in before aliases so that, when two entries share a spelling, the one whose own name it is wins.
        for (int i = 0; i < n; i++) {
            GazetteerEntry e = entries.get(i);
            ids[i] = e.id();
            types[i] = e.type();
            namesAr[i] = e.nameAr().isEmpty() ? e.nameEn() : e.nameAr();
            namesEn[i] = e.nameEn().isEmpty() ? e.nameAr() : e.nameEn();
            if (e.country() != null) {
                countries.put(e.id(), e.country());
            }
            add(builder, e.nameAr(), i, lexicon);
            add(builder, e.nameEn(), i, lexicon);
        }
        for (int i = 0; i < n; i++) {
            for (String alias : entries.get(i).aliases()) {
                add(builder, alias, i, lexicon);
            }
        }
        index = builder.build();
    }

    private static void add(PhraseIndex.Builder builder, String name, int entry, Lexicon lexicon) {
        List<String> keys = Lexicon.keys(name);
        if (keys.isEmpty()) {
            return; // a place with no Arabic name, or a name of punctuation only
        }
        builder.add(keys, (entry << FLAG_BITS) | flags(name, keys, lexicon));
    }

    private static int flags(String name, List<String> keys, Lexicon lexicon) {
        int flags = 0;
        boolean latin = name.chars().anyMatch(c -> c < 0x0600 && Character.isLetter(c));
        long letters = name.chars().filter(Character::isLetter).count();
        if (latin && letters >= 2 && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
            flags |= ACRONYM;
        } else if (latin && Character.isUpperCase(name.charAt(0))) {
            flags |= CAPITALISED;
        }
        boolean shortWord = keys.size() == 1 && keys.get(0).length() <= (latin ? 1 : SHORT_ARABIC);
        if (shortWord || keys.size() == 1
                && (lexicon.ambiguous.contains(keys.get(0)) || lexicon.commonWordPlaces.contains(keys.get(0)))) {
            flags |= AMBIGUOUS;
        }
        return flags;
    }

    /** The listed entity starting at token {@code first} whose spelling checks pass, or null. */
    Candidate match(FieldText field, int first) {
        PhraseMatch m = PhraseMatch.longestAt(index, field.tokens(), first);
        if (m == null || (m.payload() & AMBIGUOUS) != 0 || !caseAgrees(field.tokens(), m)) {
            return null;
        }
        int entry = m.payload() >>> FLAG_BITS;
        int nameStart = afterGenericHead(field.tokens(), m);
        return nameStart > m.first() ? candidate(field, nameStart, m.end(), 0, entry)
                : candidate(field, m.first(), m.end(), m.skip(), entry);
    }

    /**
     * Where the name of a listed spelling starts once a generic head is left out, by the head rule's own
     * test: {@code قناة العربية} and {@code مستشفى الشفاء} are listed whole (that spelling is how the entry is
     * known) but tagged as the name alone, like {@code شركة أبل}; a head that is part of the name
     * ({@code جامعة القاهرة}, {@code وكالة الأنباء الفرنسية}) and place heads ({@code مدينة غزة} is Gaza City)
     * stay. The entry's id is kept either way.
     */
    private int afterGenericHead(TokenizedText tokens, PhraseMatch m) {
        PhraseMatch head = PhraseMatch.longestAt(nameHeads, tokens, m.first());
        if (head == null || head.end() >= m.end()) {
            return m.first();
        }
        int mode = Lexicon.headMode(head.payload());
        boolean outside = mode != Lexicon.HEAD_NAME && !Lexicon.headInside(mode, tokens, head.end(), m.end());
        return outside ? head.end() : m.first();
    }

    /**
     * For the tagger's features: per token, the type of the longest listed name covering it, prefixed
     * {@code B-} or {@code I-} and suffixed {@code ~} for a spelling that is also a common word, or null.
     * Case and ambiguity checks do not veto here: the model learns how much each kind of match is worth.
     */
    String[] listedTypes(TokenizedText tokens) {
        String[] out = new String[tokens.size()];
        int i = 0;
        while (i < tokens.size()) {
            PhraseMatch m = PhraseMatch.longestAt(index, tokens, i);
            if (m == null) {
                i++;
                continue;
            }
            EntityType type = types[m.payload() >>> FLAG_BITS];
            boolean ambiguous = (m.payload() & AMBIGUOUS) != 0;
            for (int k = m.first(); k < m.end(); k++) {
                out[k] = BioTags.of(type, ambiguous, k == m.first());
            }
            i = m.end();
        }
        return out;
    }

    /** True when a one-word name or alias is spelled {@code key}. */
    boolean isListedWord(String key) {
        int node = index.child(PhraseIndex.ROOT, key);
        return node != PhraseIndex.NONE && index.payload(node) != PhraseIndex.NONE;
    }

    /** The entry listed under exactly the tokens {@code [first, end)}, ambiguous ones included, or -1. */
    int exact(TokenizedText tokens, int first, int end) {
        int payload = payloadOf(tokens, first, end);
        return payload == PhraseIndex.NONE ? -1 : payload >>> FLAG_BITS;
    }

    private int payloadOf(TokenizedText tokens, int first, int end) {
        int node = PhraseIndex.ROOT;
        for (int i = first; i < end && node != PhraseIndex.NONE; i++) {
            node = index.child(node, tokens.key(i));
        }
        return node == PhraseIndex.NONE ? PhraseIndex.NONE : index.payload(node);
    }

    /**
     * True when the entry listed under exactly {@code [first, end)} is there under a spelling that is also a common
     * word ({@code Mobile}, {@code صور}): only a model span of the entry's own type may link to it.
     */
    boolean isCommonWord(TokenizedText tokens, int first, int end) {
        int payload = payloadOf(tokens, first, end);
        return payload != PhraseIndex.NONE && (payload & AMBIGUOUS) != 0;
    }

    EntityType type(int entry) {
        return types[entry];
    }

    Candidate candidate(FieldText field, int first, int end, int skip, int entry) {
        boolean latin = field.tokens().kind(first) == TokenizedText.Kind.LATIN;
        return Candidate.over(field, first, end, skip, types[entry], ids[entry],
                latin ? namesEn[entry] : namesAr[entry], Candidate.LISTED);
    }

    /** Re-types and links a rule's candidate to entry {@code entry}, keeping its span. */
    Candidate link(Candidate c, int entry) {
        boolean latin = c.field().tokens().kind(c.first()) == TokenizedText.Kind.LATIN;
        return c.relinked(types[entry], ids[entry], latin ? namesEn[entry] : namesAr[entry]);
    }

    private static boolean caseAgrees(TokenizedText tokens, PhraseMatch m) {
        int flags = m.payload();
        if ((flags & ACRONYM) != 0) {
            for (int i = m.first(); i < m.end(); i++) {
                String s = tokens.surface(i);
                if (tokens.kind(i) == TokenizedText.Kind.LATIN && !s.equals(s.toUpperCase(java.util.Locale.ROOT))) {
                    return false;
                }
            }
            return true;
        }
        return (flags & CAPITALISED) == 0 || tokens.isCapitalised(m.first());
    }

    /** The country column of the entry with id {@code id}, or null (no id, no entry, or no country listed). */
    String countryOf(String id) {
        return id == null ? null : countries.get(id);
    }

    String fingerprint() {
        return fingerprint;
    }
}
