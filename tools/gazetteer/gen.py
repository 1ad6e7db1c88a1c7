#!/usr/bin/env python3
"""Generates the bundled Marsad gazetteer TSVs.

Inputs (all in tools/gazetteer):
  cldr/*.tsv   dumped from the JDK's CLDR locale data by CldrDump.java (Unicode licence)
  data/*.txt   hand-written by the Marsad developers from their own knowledge
Output: enrich/src/main/resources/org/marsad/enrich/text/entity/gazetteer/*.tsv and index.txt

Run: cd tools/gazetteer && python3 gen.py
Hand data line format:  English ; Arabic ; alias|alias|... ; id (optional) ; type (optional)
Directives: '@file name.tsv', '@type LOC', '@desc text' (comment line written to the TSV header).
"""
import os, re, sys, unicodedata, collections
import places

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'enrich', 'src', 'main', 'resources', 'org', 'marsad', 'enrich', 'text', 'entity', 'gazetteer')
TYPES = {'PERSON', 'ORG', 'LOC', 'MISC'}
ARABIC = re.compile('[\u0621-\u064A]')
LATIN = re.compile('[A-Za-z\u00C0-\u024F]')
ID_RE = re.compile(r'^(Q[1-9][0-9]*|marsad:[a-z0-9][a-z0-9-]*|geonames:[1-9][0-9]*|iso3166-2:[A-Z]{2}-[A-Z0-9]{1,3})$')
LICENCE = '# Licence: written by the Marsad developers, same licence as Marsad.'
CLDR_NOTE = "country/territory names from the JDK's CLDR locale data (Unicode licence)"
ORDER = ['countries.tsv', 'territories-regions.tsv', 'cities.tsv', 'international-orgs.tsv',
         'government-bodies.tsv', 'central-banks.tsv', 'armed-groups-parties.tsv', 'political-figures.tsv',
         'business-people.tsv', 'companies.tsv', 'media.tsv', 'sports.tsv', 'misc.tsv', 'places-geonames.tsv']
errors = []


def slug(en):
    s = en.translate(str.maketrans({'ı': 'i', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ʻ': ''}))
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower().replace('&', ' and ')
    s = re.sub(r"['’.]", '', s)
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return 'marsad:' + s


def read_tsv(path):
    with open(path, encoding='utf-8') as f:
        return [l.rstrip('\n').split('\t') for l in f if l.strip()]


class Row:
    def __init__(self, id, type, en, ar, aliases, src):
        self.id, self.type, self.en, self.ar, self.src = id, type, en.strip(), ar.strip(), src
        self.aliases, self.country = [], ''
        self.add(aliases)

    def add(self, aliases):
        if isinstance(aliases, str):
            aliases = aliases.split('|')
        for a in aliases:
            a = re.sub(r'\s+', ' ', a.strip())
            if not a or a in (self.en, self.ar) or a in self.aliases or a in STOP:
                continue
            if re.search(r'\s\(.*\)$', a) and a not in ('المنطقة (ج)', 'حلف شمال الأطلسي (ناتو)'):
                # parenthesised qualifiers are display text, not surface forms found in news
                continue
            if re.fullmatch(r'Q[0-9]+|marsad:.*', a):
                errors.append(f'{self.src}: id {a} written in the alias column')
            if '\t' in a:
                errors.append(f'{self.src}: tab in alias')
            self.aliases.append(a)

    def line(self):
        name, aliases = self.ar, self.surface_aliases()
        if self.type == 'PERSON':
            name, aliases = untitled_person(name, aliases)
        return '\t'.join([self.id, self.type, self.en, name, '|'.join(aliases), self.country])

    def surface_aliases(self):
        # 'شركة أوبن إيه آي' next to 'أوبن إيه آي': the recognizer's head rule already finds a bare name after a
        # generic head and leaves the head outside the span, as news NER annotates it; listing the headed form
        # would make the longest match swallow the head. A name with the article ('قناة الجزيرة') keeps its
        # headed form: there the head belongs to the name, and the bare word is too ambiguous to match alone.
        bare = {n for n in (self.ar, *self.aliases) if not n.startswith('ال')}
        return [a for a in self.aliases if not any(a.startswith(h + ' ') and a[len(h) + 1:] in bare for h in GENERIC_HEADS)]


# A person's title stands outside the name in news NER (الأمير ⟦محمد بن سلمان⟧); the recognizer's trigger rule
# skips titles, so listed forms drop them where two or more name words remain. Role aliases that leave a single
# word (ولي العهد السعودي, أمير قطر) also go stale when the office changes hands, and are dropped.
TITLES = ('خادم الحرمين الشريفين', 'ولي العهد', 'الأمير', 'الملك', 'الشيخ', 'الرئيس', 'العاهل', 'البابا', 'السلطان',
          'أمير', 'ملك')


def untitled(n):
    for t in TITLES:
        if n.startswith(t + ' '):
            return n[len(t) + 1:]
    return None


def untitled_person(name, aliases):
    bare = untitled(name)
    if bare and len(bare.split()) >= 2:
        name = bare
    out = []
    for a in aliases:
        u = untitled(a)
        if u is None:
            out.append(a)
        elif len(u.split()) >= 2 and u != name and u not in out and u not in aliases:
            out.append(u)
    return name, [a for a in out if a != name]


GENERIC_HEADS = ('شركة', 'وكالة', 'صحيفة', 'جريدة', 'مجلة', 'قناة', 'شبكة', 'منصة', 'موقع', 'مجموعة', 'منظمة',
                 'مؤسسة', 'مستشفى', 'تحالف', 'حركة', 'مدينة', 'مخيم', 'إقليم', 'محافظة', 'ولاية', 'قاعدة', 'مشروع',
                 'مؤشر')
STOP = {l.strip() for l in open(os.path.join(HERE, 'data', '_stop_aliases.txt'), encoding='utf-8') if l.strip() and not l.startswith('#')}
files = collections.OrderedDict()   # file name -> {'desc': [...], 'rows': [Row], 'type': ...}


def file_entry(name):
    return files.setdefault(name, {'desc': [], 'rows': []})


def parse_hand(path):
    cur, typ = None, None
    for n, raw in enumerate(open(path, encoding='utf-8'), 1):
        line = raw.strip()
        if not line or line.startswith('#'):
            continue
        src = f'{os.path.basename(path)}:{n}'
        if line.startswith('@file '):
            cur = file_entry(line[6:].strip())
            continue
        if line.startswith('@type '):
            typ = line[6:].strip()
            continue
        if line.startswith('@desc '):
            cur['desc'].append(line[6:].strip())
            continue
        parts = [p.strip() for p in line.split(';')]
        if len(parts) < 2:
            errors.append(f'{src}: need at least English ; Arabic: {line}')
            continue
        while len(parts) < 5:
            parts.append('')
        en, ar, al, id, t = parts[:5]
        t = t or typ
        cur['rows'].append(Row(id or slug(en), t, en, ar, al, src))


# ---------- hand data
for fn in sorted(os.listdir(os.path.join(HERE, 'data'))):
    if fn.endswith('.txt') and not fn.startswith('_'):
        parse_hand(os.path.join(HERE, 'data', fn))

# ---------- countries: CLDR names + hand overlay (data/_countries.txt: CC ; en ; ar ; aliases ; id)
overlay = {}
for n, raw in enumerate(open(os.path.join(HERE, 'data', '_countries.txt'), encoding='utf-8'), 1):
    line = raw.strip()
    if not line or line.startswith('#'):
        continue
    p = [x.strip() for x in line.split(';')]
    while len(p) < 5:
        p.append('')
    overlay[p[0]] = p
cf = file_entry('countries.tsv')
cf['desc'] = ['Every ISO 3166-1 country and territory: ' + CLDR_NOTE + ',',
              'dumped by tools/gazetteer/CldrDump.java; the most common news spelling, extra Arabic/English',
              'variants and QIDs were added by hand (tools/gazetteer/data/_countries.txt) and merged by tools/gazetteer/gen.py.']
country_names = set()
for cc, en, ar in read_tsv(os.path.join(HERE, 'cldr', 'countries.tsv')):
    o = overlay.pop(cc, [cc, '', '', '', ''])
    if o[1] == '-':
        continue
    name_en, name_ar = o[1] or en, o[2] or ar
    r = Row(o[4] or slug(name_en), 'LOC', name_en, name_ar, [en, ar] + o[3].split('|'), f'cldr/countries.tsv:{cc}')
    country_names.update([name_en, name_ar, en, ar])
    cf['rows'].append(r)
for cc in overlay:
    errors.append(f'_countries.txt: unknown code {cc}')

# ---------- cities: hand list first, then CLDR time-zone exemplar cities not already covered
cities = file_entry('cities.tsv')
cities['desc'].insert(0, 'Cities, towns, camps, crossings and sites. Hand-written rows first; then city names from the time-zone exemplar')
cities['desc'].insert(1, "cities in the JDK's CLDR locale data (Unicode licence; dumped by CldrDump.java), minus a hand-made block list.")
BLOCK = set(open(os.path.join(HERE, 'data', '_city_block.txt'), encoding='utf-8').read().split('\n'))
def fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()
seen_en = {fold(r.en) for f in files.values() for r in f['rows']} | {fold(a) for f in files.values() for r in f['rows'] for a in r.aliases}
seen_ar = {r.ar for f in files.values() for r in f['rows']}
for z, en, ar in read_tsv(os.path.join(HERE, 'cldr', 'cities.tsv')):
    if en in BLOCK or z in BLOCK or re.match(r'America/(Indiana|Kentucky|North_Dakota|Argentina)/', z):
        continue
    if not ARABIC.search(ar) or '(' in ar or en in country_names or ar in country_names:
        continue
    if fold(en) in seen_en or ar in seen_ar:
        continue
    cities['rows'].append(Row(slug(en), 'LOC', en, ar, '', f'cldr/cities.tsv:{z}'))

# ---------- places from GeoNames and CLDR, merged into the hand rows (places.py)
hand_names = list(files)
former, common = places.merge(files, Row)

# ---------- validate and write
ids = {}
by_ar = collections.defaultdict(list)
total = 0
os.makedirs(OUT, exist_ok=True)
names = [n for n in ORDER if n in files] + [n for n in files if n not in ORDER]
for name in names:
    f = files[name]
    out = []
    for d in f['desc']:
        out.append('# ' + d)
    if name == 'places-geonames.tsv':
        pass
    elif name in ('countries.tsv', 'cities.tsv'):
        out.append(LICENCE + ' Names taken from CLDR (JDK 17 locale data) remain under the Unicode licence.')
    else:
        out.append(LICENCE)
    if name not in ('countries.tsv', 'places-geonames.tsv'):
        out.append('# Provenance: written by hand by the Marsad developers from their own knowledge (tools/gazetteer/data/*.txt),')
        out.append('# formatted and validated by tools/gazetteer/gen.py. Ids: Wikidata QIDs only where certain, else marsad: slugs.')
    if name in ('countries.tsv', 'territories-regions.tsv', 'cities.tsv'):
        out.append('# Places also listed in corpora/names/places-geonames.tsv carry its id, its names as aliases and its')
        out.append('# country: GeoNames (geonames.org), CC BY 4.0; CLDR, Unicode-DFS-2016 (see places-geonames.tsv).')
    out.append('# Columns: id, type (PERSON|ORG|LOC|MISC), English name, Arabic name, aliases separated by |,')
    out.append('# country (ISO 3166-1 alpha-2, where a source gives it).')
    out.append('id\ttype\tname_en\tname_ar\taliases\tcountry')
    for r in f['rows']:
        where = f'{name} ({r.src})'
        if r.type not in TYPES: errors.append(f'{where}: bad type {r.type}')
        if not ID_RE.match(r.id): errors.append(f'{where}: bad id {r.id}')
        if r.id in ids: errors.append(f'{where}: duplicate id {r.id} (also {ids[r.id]})')
        ids[r.id] = where
        if name != 'places-geonames.tsv':
            if not ARABIC.search(r.ar): errors.append(f'{where}: name_ar not Arabic: {r.ar}')
            if not LATIN.search(r.en): errors.append(f'{where}: name_en not Latin: {r.en}')
        elif not (r.en or r.ar): errors.append(f'{where}: no name')
        for a in r.aliases:
            if len(a) < 2 or (len(a) == 2 and LATIN.search(a) and '.' not in a and not a.isupper()):
                errors.append(f'{where}: too short alias {a!r}')
        by_ar[r.ar].append(where)
        out.append(r.line())
        total += 1
    with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(out) + '\n')
with open(os.path.join(OUT, 'index.txt'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('# Gazetteer files bundled with Marsad, loaded in this order (a later file overrides an earlier id).\n')
    fh.write('# Generated by tools/gazetteer/gen.py.\n')
    fh.write('\n'.join(names) + '\n')
with open(os.path.join(OUT, 'former-ids.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('# Ids a gazetteer entry had before it was merged with its GeoNames place (#11). A published id never\n')
    fh.write('# changes meaning: the former id names the same place as the id beside it. Generated by tools/gazetteer/gen.py.\n')
    fh.write('former_id\tid\n')
    for old, new in sorted(former.items()):
        if old in ids: errors.append(f'former id {old} is still an entry id')
        if new not in ids: errors.append(f'former id {old} maps to unknown id {new}')
        fh.write(f'{old}\t{new}\n')
with open(os.path.join(OUT, 'common-word-places.txt'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('# One-word place spellings from GeoNames that are also common words: tagged only when the trained tagger\'s\n')
    fh.write('# span or a head covers them (#11). Generated by tools/gazetteer/places.py from the training corpora\n')
    fh.write('# (a spelling found twice in lower case, or mostly outside names) and the stopword, ambiguous and given-name lists.\n')
    fh.write('\n'.join(common) + '\n')
for ar, w in by_ar.items():
    if len(w) > 1:
        print('WARN same name_ar', ar, w, file=sys.stderr)
# surface forms shared by different ids (after light Arabic normalisation): ambiguous for the tagger
def norm(f):
    k = re.sub('[\u064B-\u0652]', '', re.sub('[أإآ]', 'ا', f).replace('ة', 'ه').replace('ى', 'ي'))
    return k if k.isupper() else k.lower()
forms = collections.defaultdict(set)
for n in hand_names:
    for r in files[n]['rows']:
        for f in {r.en, r.ar, *r.aliases}:
            forms[norm(f)].add(r.id)
for k, v in sorted(forms.items()):
    if len(v) > 1:
        print('WARN shared surface form', k, sorted(v), file=sys.stderr)
if '--merges' in sys.argv:
    print('\n'.join(places.MERGES))
for e in errors:
    print('ERROR', e, file=sys.stderr)
counts = collections.Counter((n, r.type) for n in names for r in files[n]['rows'])
for n in names:
    print(n, len(files[n]['rows']), {t: c for (fn, t), c in counts.items() if fn == n})
print('TOTAL', total)
sys.exit(1 if errors else 0)
