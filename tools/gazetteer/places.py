"""Merges the GeoNames/CLDR places of corpora/names/places-geonames.tsv into the hand-written gazetteer rows.

Called by gen.py after the hand rows are built. What it does, in order:
  1. Groups the file's rows into places: countries (QID where the file gives one, else geonames:ID), ISO 3166-2
     subdivisions (iso3166-2:CODE, CLDR names in Arabic and English), GeoNames admin1 regions (English only; those
     whose country and name equal a subdivision's become its aliases, the rest are entries of their own) and cities
     (geonames:ID, every Arabic-script and English name the file gives). CLDR macro-regions (cldr:*) are skipped:
     the hand lists already hold the continents and blocs, under one id each.
  2. Merges each hand-written LOC row with the place it names, so one place has one id: countries by their ISO code,
     other rows by an equal English or Arabic name (most populous city first). The merged row takes the place's id
     (a hand-written QID on a city or region is kept, being already published) and country, and the place's names as
     aliases; the slug it replaces goes to former-ids.tsv, so a published slug keeps meaning the same place.
  3. Writes the unmerged places, most populous first, to places-geonames.tsv. A spelling a hand-written entry uses
     stays that entry's (Mercedes the carmaker, not the town), so it is left out of the place.
  4. Lists one-word place spellings that are also common words (common-word-places.txt): words the training corpora
     use mostly outside names (reading, nice, mobile; الأمل), stopwords, ambiguous names and given names. The
     recognizer tags them only when the trained tagger's span or a head covers them.
"""
import collections, os, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..', '..')
SOURCE = os.path.join(ROOT, 'corpora', 'names', 'places-geonames.tsv')
ENTITY = os.path.join(ROOT, 'enrich', 'src', 'main', 'resources', 'org', 'marsad', 'enrich', 'text', 'entity')
CITY_FEATURES = re.compile(r'^PPL')
ARABIC = re.compile('[\u0600-\u06FF]')
BIG_CITY = 100_000
MERGES = []  # what was merged with what, for review (gen.py prints it with --merges)


def key(s):
    """The recognizer's lookup key, approximately: ArabicNormalizer's folds, Latin lower-cased, punctuation apart."""
    s = unicodedata.normalize('NFKC', s)
    s = re.sub('[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E]', '', s)
    s = re.sub('[أإآٱ]', 'ا', s).replace('ى', 'ي').replace('ة', 'ه').replace('ی', 'ي').replace('ک', 'ك')
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c) or ARABIC.match(c))
    s = re.sub(r'[^\w]+', ' ', s.lower()).strip()
    return s


class Place:
    def __init__(self, id, kind, country, population):
        self.id, self.kind, self.country, self.population = id, kind, country, population
        self.en, self.ar = [], []

    def add(self, lang, name):
        names = self.en if lang in ('en', 'latin') else self.ar
        if name not in names:
            names.append(name)


def read_places():
    places = collections.OrderedDict()
    with open(SOURCE, encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        assert header[:10] == ['id', 'type', 'lang', 'name', 'canonical', 'source', 'feature', 'country',
                               'population', 'geonames_id'], header
        for line in f:
            id, type, lang, name, canonical, source, feature, country, population, gid = line.rstrip('\n').split('\t')
            if feature == 'region' or type != 'LOC':
                continue
            kind = 'country' if feature == 'country' else 'subdivision' if feature == 'admin' \
                else 'admin1' if feature == 'ADM1' else 'city' if CITY_FEATURES.match(feature) else None
            if kind is None or kind == 'subdivision' and not re.fullmatch(r'iso3166-2:[A-Z]{2}-[A-Z0-9]{1,3}', id):
                continue
            if '،' in name or lang in ('en', 'latin') and len(name) < 3 or lang == 'latin' and name == name.lower():
                continue  # two-letter codes and lower-case variants in GeoNames' alternate names are no news spellings
            p = places.get(id)
            if p is None:
                p = places[id] = Place(id, kind, country, int(population or 0))
                p.canonical = canonical
            # the canonical English name leads, whatever row comes first
            if lang in ('en', 'latin') and name == canonical and name in p.en:
                continue
            p.add(lang, name)
    for p in places.values():
        if p.canonical in p.en:
            p.en.remove(p.canonical)
        p.en.insert(0, p.canonical)
        # a CLDR short Arabic name (مصر) before GeoNames' official one (جمهورية مصر العربية)
        p.ar.sort(key=lambda n: len(n.split()))
    return places


def merge(files, Row):
    """Merges places into files (gen.py's file name -> {'rows': [Row]}); returns former ids and common words."""
    places = read_places()
    counts = collections.Counter(p.kind for p in places.values())
    subdivisions = {}
    for p in places.values():
        if p.kind == 'subdivision':
            for n in p.en:
                subdivisions.setdefault((p.country, key(n)), p)
    admin_merged = 0
    for id in [i for i, p in places.items() if p.kind == 'admin1']:
        p = places[id]
        target = next((subdivisions[(p.country, key(n))] for n in p.en if (p.country, key(n)) in subdivisions), None)
        if target is not None:
            for n in p.en:
                target.add('en', n)
            del places[id]
            admin_merged += 1

    by_key = collections.defaultdict(list)
    for p in places.values():
        for n in p.en + p.ar:
            by_key[key(n)].append(p)
    countries = {p.country: p for p in places.values() if p.kind == 'country'}
    kind_rank = {'country': 0, 'subdivision': 1, 'admin1': 2, 'city': 1}
    former, merged, qid_changes = {}, set(), []
    hand = {key(s) for f in files.values() for r in f['rows'] for s in (r.en, r.ar, *r.aliases)}
    with open(os.path.join(HERE, 'data', '_merge_block.txt'), encoding='utf-8') as fh:
        block = {l.strip() for l in fh if l.strip() and not l.startswith('#')}
    for fname, f in files.items():
        for r in f['rows']:
            if r.type != 'LOC' or r.id in block:
                continue
            if fname == 'countries.tsv':
                p = countries.get(r.src.rsplit(':', 1)[1])
            else:
                cands = [p for n in (r.en, r.ar) for p in by_key.get(key(n), []) if p.id not in merged]
                # a region row never names a town that shares its name (Ontario, Montana, Asia)
                allowed = ('city',) if fname == 'cities.tsv' else ('subdivision', 'admin1')
                cands = [p for p in cands if p.kind in allowed]
                both = [p for p in cands if key(r.en) in map(key, p.en) and key(r.ar) in map(key, p.ar)]
                cands = sorted(both or cands, key=lambda p: (kind_rank[p.kind], -p.population))
                p = cands[0] if cands else None
            if p is None or p.id in merged:
                continue
            merged.add(p.id)
            MERGES.append(f'{fname}\t{r.id}\t{r.en}\t{r.ar}\t{p.id}\t{p.kind}\t{p.country}\t{p.en[0]}\t{p.population}')
            new_id = r.id if r.id.startswith('Q') and p.kind != 'country' else p.id
            if new_id != r.id:
                if r.id.startswith('Q'):
                    qid_changes.append(f'{r.id} -> {new_id} ({r.en})')
                former[r.id] = new_id
            r.id, r.country = new_id, p.country
            r.add(p.en + p.ar)
            r.geonames = True

    taken = {key(s) for f in files.values() for r in f['rows'] for s in (r.en, r.ar, *r.aliases)}
    added = {key(s) for f in files.values() for r in f['rows'] if getattr(r, 'geonames', False)
             for s in r.aliases} - hand
    out = []
    # a bare name shared by a region and its capital means the city in news, unless the city is small
    rank = lambda p: 0 if p.kind == 'country' else 1 if p.kind == 'city' and p.population >= BIG_CITY \
        else 2 if p.kind == 'subdivision' else 3 if p.kind == 'admin1' else 4
    order = sorted((p for p in places.values() if p.id not in merged), key=lambda p: (rank(p), -p.population))
    dropped, small_arabic = 0, set()
    for p in order:
        en = [n for n in p.en if key(n) and key(n) not in taken]
        ar = [n for n in p.ar if key(n) and key(n) not in taken]
        if not en and not ar:
            dropped += 1
            continue
        row = Row(p.id, 'LOC', en[0] if en else '', ar[0] if ar else '', en[1:] + ar[1:], f'places:{p.id}')
        row.country = p.country
        out.append(row)
        added.update(key(n) for n in en + ar)
        if p.population < BIG_CITY:
            small_arabic.update(key(n) for n in ar)
    files['places-geonames.tsv'] = {'desc': DESC, 'rows': out}
    print('places:', dict(counts), 'admin1 merged into subdivisions', admin_merged,
          'hand rows merged', len(merged), 'written', len(out), 'left out (every spelling a hand entry\'s)', dropped)
    for c in qid_changes:
        print('QID from the file replaces a hand-written one:', c)
    return former, common_words(added, small_arabic)


DESC = ['Places from GeoNames and CLDR (corpora/names/places-geonames.tsv): countries, ISO 3166-2 subdivisions,',
        'GeoNames admin1 regions and cities over 15,000 people, with every Arabic-script and English name the file gives.',
        'Places a hand-written file already lists were merged into that row (former ids: former-ids.tsv).',
        'Provenance: GeoNames (geonames.org) dump of 2025-11, CC BY 4.0, "GeoNames, geonames.org"; CLDR 41 territory',
        'and subdivision names, Unicode-DFS-2016 (corpora/licenses/CLDR-Unicode-DFS-2016.txt); country QIDs as given by',
        'the file (Wikidata, CC0). Generated by tools/gazetteer/places.py (run gen.py). Spellings a hand-written entry',
        'uses are left out. Ids: country QID, else geonames:ID, else iso3166-2:CODE.']


def corpus_counts():
    """Per lookup key: (times outside a name, times inside one) in the training corpora."""
    counts = collections.defaultdict(lambda: [0, 0])
    lower = collections.Counter()
    ner = os.path.join(ROOT, 'corpora', 'ner')
    for fn in sorted(os.listdir(ner)):
        with open(os.path.join(ner, fn), encoding='utf-8') as f:
            for line in f:
                cols = line.rstrip('\n').split('\t')
                if len(cols) < 2:
                    continue
                k = key(cols[0])
                counts[k][0 if cols[1] == 'O' else 1] += 1
                if cols[0][:1].islower():
                    lower[k] += 1
    return counts, lower


def word_list(name):
    with open(os.path.join(ENTITY, name), encoding='utf-8') as f:
        return {key(l.split('\t')[0]) for l in f if l.strip() and not l.startswith('#')}


def common_words(spellings, small_arabic):
    """One-word spellings that need context: common words by the corpora and lists, and, since Arabic has no case to
    tell a name, every one-word Arabic spelling of a place under BIG_CITY people (السفيرة "the ambassador" is a
    Syrian town) and every Arabic spelling of three letters or fewer (فدا, from وفدا with the clitic taken off)."""
    counts, lower = corpus_counts()
    listed = word_list('stopwords.txt') | word_list('ambiguous-names.txt') | word_list('given-names.txt')
    out = set()
    for k in spellings:
        if ' ' in k or not k:
            continue
        outside, inside = counts.get(k, (0, 0))
        arabic = ARABIC.search(k) is not None
        if k in listed or lower[k] >= 2 or (outside >= 2 and outside > inside) \
                or arabic and (k in small_arabic or len(k) <= 3):
            out.add(k)
    return sorted(out)
