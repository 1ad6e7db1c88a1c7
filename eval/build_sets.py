#!/usr/bin/env python3
"""Builds eval/*.jsonl from the hand-annotated markup in eval/src/*.txt (stdlib only).

NER   : [[span|TYPE]]                         -> gold [{start,end,type,text}]
money : {{text|amount|currency|qualifier|min|max}} -> gold_money
        <<text|value|qualifier|min|max>>           -> gold_percent
dates : [[text|iso|category]]                  -> gold_dates
Offsets are half-open UTF-16 code units into body (same as marsad)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r'\[\[(.+?)\]\]|\{\{(.+?)\}\}|<<(.+?)>>')


def u16(s):
    return len(s.encode('utf-16-le')) // 2


def parse(marked):
    body, spans, pos = '', [], 0
    for m in MARK.finditer(marked):
        body += marked[pos:m.start()]
        kind = 'ent' if m.group(1) else 'money' if m.group(2) else 'pct'
        fields = (m.group(1) or m.group(2) or m.group(3)).split('|')
        start = u16(body)
        body += fields[0]
        spans.append((kind, start, u16(body), fields))
        pos = m.end()
    body += marked[pos:]
    return body, spans


def nz(x):
    return x if x not in ('', None) else None


def lines(name):
    for ln in open(os.path.join(HERE, 'src', name), encoding='utf-8'):
        ln = ln.rstrip('\n')
        if ln.strip():
            yield ln


def build_ner(lang):
    out = []
    for ln in lines(f'ner-{lang}.txt'):
        if ln.startswith('#'):
            continue
        pid, marked = ln.split('\t', 1)
        body, spans = parse(marked)
        # TYPE? marks an optional span: a prediction there is neither credited nor penalised
        gold = [{'start': s, 'end': e, 'type': f[1].rstrip('?'), 'text': f[0], **({'optional': True} if f[1].endswith('?') else {})}
                for k, s, e, f in spans]
        assert all(f[1].rstrip('?') in ('PERSON', 'ORG', 'LOC', 'MISC') for k, s, e, f in spans), pid
        out.append({'id': pid, 'language': lang[:2], 'body': body, 'gold': gold})
    return out


def build_money(lang):
    out, neg, n = [], False, 0
    for ln in lines(f'money-{lang}.txt'):
        if ln.startswith('#NEG') or ln.startswith('#POS'):
            neg = ln.startswith('#NEG')
            continue
        if ln.startswith('#'):
            continue
        n += 1
        body, spans = parse(ln)
        gm, gp = [], []
        for k, s, e, f in spans:
            f = f + [''] * 6
            if k == 'money':
                q = f[3]
                if f[1] == 'RANGE':  # {{text|RANGE|cur|min|max}}
                    gm.append({'text': f[0], 'amount': None, 'currency': nz(f[2]), 'qualifier': 'RANGE',
                               'min': nz(f[3]), 'max': nz(f[4]), 'start': s, 'end': e})
                else:
                    gm.append({'text': f[0], 'amount': nz(f[1]), 'currency': nz(f[2]), 'qualifier': q,
                               'min': nz(f[4]), 'max': nz(f[5]), 'start': s, 'end': e})
            else:
                if f[1] == 'RANGE':  # <<text|RANGE||min|max>>
                    gp.append({'text': f[0], 'value': None, 'qualifier': 'RANGE', 'min': nz(f[3]), 'max': nz(f[4]),
                               'start': s, 'end': e})
                else:
                    gp.append({'text': f[0], 'value': nz(f[1]), 'qualifier': f[2], 'min': nz(f[3]), 'max': nz(f[4]),
                               'start': s, 'end': e})
        for g in gm:
            assert g['qualifier'] in ('EXACT', 'APPROX', 'UP_TO', 'AT_LEAST', 'MORE_THAN', 'LESS_THAN', 'RANGE',
                                      'UNSPECIFIED'), (ln, g)
        out.append({'id': f'{"neg" if neg else "m"}-{lang}-{n:03d}', 'language': lang, 'body': body,
                    'must_not_match': neg, 'gold_money': gm, 'gold_percent': gp})
    return out


def build_dates():
    out, n = [], 0
    for ln in lines('dates.txt'):
        if ln.startswith('#'):
            continue
        n += 1
        pub, marked = ln.split('\t', 1)
        body, spans = parse(marked)
        lang = 'en' if re.search('[A-Za-z]{3}', body) else 'ar'
        out.append({'id': f'd-{n:03d}', 'language': lang, 'publishedAt': pub, 'body': body,
                    'gold_dates': [{'text': f[0], 'iso': f[1], 'category': f[2], 'start': s, 'end': e}
                                   for k, s, e, f in spans]})
    return out


def write(name, rows):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f'{name}: {len(rows)} lines', file=sys.stderr)


if __name__ == '__main__':
    write('ner-ar.jsonl', build_ner('ar'))
    write('ner-en.jsonl', build_ner('en'))
    write('ner-ar-fresh.jsonl', build_ner('ar-fresh'))
    write('ner-ar-fresh2.jsonl', build_ner('ar-fresh2'))
    write('ner-en-fresh.jsonl', build_ner('en-fresh'))
    write('money-ar.jsonl', build_money('ar'))
    write('money-en.jsonl', build_money('en'))
    write('dates.jsonl', build_dates())
