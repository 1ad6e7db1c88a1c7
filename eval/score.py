#!/usr/bin/env python3
"""Scores marsad `extract` output against a held-out gold file (stdlib only; runs nothing itself).

usage: score.py GOLD.jsonl MARSAD_OUT.jsonl [--no-errors]
The kind of set is detected from the gold fields: gold (NER), gold_money/gold_percent (money), gold_dates (dates).
Only mentions in field "body" are scored. Offsets are UTF-16 [start,end) like marsad's."""
import json, sys
from collections import defaultdict, Counter
from decimal import Decimal, InvalidOperation

CLITICS = 'وبلكف'


def load(path):
    rows = []
    for ln in open(path, encoding='utf-8'):
        if ln.strip():
            rows.append(json.loads(ln))
    return rows


def u16_slice(s, a, b):
    e = s.encode('utf-16-le')
    return e[2 * a:2 * b].decode('utf-16-le', errors='replace')


def ctx(body, a, b, w=25):
    return (u16_slice(body, max(0, a - w), a) + '⟦' + u16_slice(body, a, b) + '⟧' +
            u16_slice(body, b, b + w)).replace('\n', ' ')


def overlap(a, b):
    return a['start'] < b['end'] and b['start'] < a['end']


def prf(tp, np_, ng):
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def dec(x):
    if x is None:
        return None
    try:
        return Decimal(str(x)).normalize()
    except InvalidOperation:
        return str(x)


def pair(golds, preds, body=None):
    """greedy 1-1 pairing by overlap, preferring exact spans, then largest overlap"""
    cands = []
    for i, g in enumerate(golds):
        for j, p in enumerate(preds):
            if overlap(g, p):
                ov = min(g['end'], p['end']) - max(g['start'], p['start'])
                exact = g['start'] == p['start'] and g['end'] == p['end']
                cands.append((-int(exact), -ov, i, j))
    cands.sort()
    gi, pj, pairs = set(), set(), {}
    for _, _, i, j in cands:
        if i not in gi and j not in pj:
            gi.add(i); pj.add(j); pairs[i] = j
    return pairs, set(range(len(preds))) - pj


def join(gold, out):
    by_id = {o.get('id'): o for o in out}
    missing = [g['id'] for g in gold if g['id'] not in by_id or 'error' in by_id[g['id']]]
    if missing:
        print(f'WARNING: {len(missing)} gold lines have no marsad output or an error: {missing[:10]}')
    return [(g, by_id.get(g['id'], {})) for g in gold]


# ----------------------------------------------------------------------------------------------- NER
TITLES = {'الرئيس', 'الملك', 'الأمير', 'الشيخ', 'البابا', 'الوزير', 'السيد', 'الدكتور', 'المستشار', 'Mr', 'Mrs', 'Ms',
          'Dr', 'Pope', 'King', 'Mayor', 'President', 'Minister', 'Chancellor', 'Governor', 'Senator', 'Sheikh', 'Prince'}
HEADS = {'شركة', 'مجموعة', 'وكالة', 'منظمة', 'حركة', 'حزب', 'مستشفى', 'مشروع', 'مدينة', 'مخيم', 'إقليم', 'قاعدة', 'قناة',
         'صحيفة', 'شبكة', 'نادي', 'مؤشر', 'ولاية', 'بنك', 'مصرف', 'جامعة', 'دار', 'تحالف', 'قطاع', 'جنوب', 'شمال', 'شرق', 'غرب'}


def span_pattern(g, p, body):
    if p['start'] < g['start'] and p['end'] == g['end']:
        extra = u16_slice(body, p['start'], g['start'])
        if extra.strip() and all(c in CLITICS for c in extra):
            return 'span: clitic glued into span'
        w = extra.split()
        first = w[0] if w else ''
        if first in TITLES or first.rstrip('.') in TITLES:
            return 'span: title included on the left (الأمير/الملك/Pope/Mayor...)'
        if first in HEADS:
            return 'span: generic head noun included on the left (شركة/وكالة/حركة/مدينة...)'
        if first.startswith('لل') or first.startswith('ل'):
            return 'span: preceding genitive word glued to a person (للشركة/للحزب + name)'
        return 'span: too long on the left (other descriptor)'
    if p['start'] == g['start'] and p['end'] > g['end']:
        extra = u16_slice(body, g['end'], p['end']).split()
        nxt = extra[0] if extra else ''
        if nxt.startswith('ال') and (nxt.endswith('ي') or nxt.endswith('ية')):
            return 'span: nisba adjective absorbed on the right (الكنيست الإسرائيلي)'
        if p['type'] == 'PERSON':
            return 'span: following word absorbed into a person name (ماكرون دعم)'
        return 'span: too long on the right (other)'
    if p['start'] >= g['start'] and p['end'] <= g['end']:
        if p['start'] > g['start']:
            return 'span: truncated on the left (first token dropped)'
        return 'span: truncated on the right (partial name)'
    return 'span: shifted/crossing boundaries'


def spurious_pattern(p, body, lang):
    t = p['text']
    if lang == 'ar':
        if t.startswith('ال') and (t.endswith('ي') or t.endswith('ية') or t.endswith('يين') or t.endswith('يون')) and ' ' not in t:
            return 'spurious: nisba adjective (الأمريكي/المصرية...)'
        return 'spurious: other (common word / generic noun / unlisted)'
    if t and t.split()[0] in ('The', 'A', 'An', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
                              'Sunday', 'BREAKING', 'Chief', 'President', 'Mr', 'Governor'):
        return 'spurious: capitalised common word / title'
    if t.endswith('an') or t.endswith('ish') or t.endswith('ese') or t.endswith('i'):
        return 'spurious: maybe demonym/adjective'
    return 'spurious: other'


def score_ner(gold, out, show):
    types = ['PERSON', 'ORG', 'LOC', 'MISC']
    tp = Counter(); ng = Counter(); np_ = Counter()
    ov_tp_g = ov_tp_p = n_g = n_p = 0
    errors = defaultdict(list)
    for g, o in join(gold, out):
        body = g['body']; lang = g.get('language', 'ar')
        golds = [dict(x) for x in g['gold'] if not x.get('optional')]
        optional = [x for x in g['gold'] if x.get('optional')]
        preds = [dict(p) for p in o.get('entities', []) if p.get('field') == 'body']
        # a prediction overlapping an optional span (and no required span) is ignored
        preds = [p for p in preds if any(overlap(p, x) for x in golds) or not any(overlap(p, x) for x in optional)]
        for x in golds:
            ng[x['type']] += 1
        for p in preds:
            np_[p['type']] += 1
        n_g += len(golds); n_p += len(preds)
        pairs, unpaired = pair(golds, preds)
        ov_tp_g += len(pairs); ov_tp_p += len(pairs)
        for i, x in enumerate(golds):
            if i not in pairs:
                errors[f'missed {x["type"]}'].append(f'{g["id"]}: {ctx(body, x["start"], x["end"])}  expected {x["type"]}')
                continue
            p = preds[pairs[i]]
            same_span = p['start'] == x['start'] and p['end'] == x['end']
            if same_span and p['type'] == x['type']:
                tp[x['type']] += 1
                continue
            if same_span:
                errors[f'wrong type {x["type"]}->{p["type"]}'].append(
                    f'{g["id"]}: {ctx(body, x["start"], x["end"])}  got {p["type"]} (id {p.get("id")}) expected {x["type"]}')
                continue
            pat = span_pattern(x, p, body)
            if p['type'] != x['type']:
                pat += f' + wrong type {x["type"]}->{p["type"]}'
            errors[pat].append(f'{g["id"]}: got ⟦{p["text"]}⟧ {p["type"]} expected ⟦{x["text"]}⟧ {x["type"]}  in {ctx(body, x["start"], x["end"])}')
        for j in unpaired:
            p = preds[j]
            errors[f'{spurious_pattern(p, body, lang)} ({p["type"]})'].append(
                f'{g["id"]}: {ctx(body, p["start"], p["end"])}  got {p["type"]} id={p.get("id")} canonical={p.get("canonical")}')
    print('NER exact span+type')
    print(f'  {"type":8} {"gold":>5} {"pred":>5} {"tp":>5} {"P":>6} {"R":>6} {"F1":>6}')
    for t in types + ['ALL']:
        a = sum(tp.values()) if t == 'ALL' else tp[t]
        b = sum(np_.values()) if t == 'ALL' else np_[t]
        c = sum(ng.values()) if t == 'ALL' else ng[t]
        p, r, f = prf(a, b, c)
        print(f'  {t:8} {c:5d} {b:5d} {a:5d} {p:6.3f} {r:6.3f} {f:6.3f}')
    p, r, f = prf(ov_tp_g, n_p, n_g)
    print(f'NER type-agnostic overlap: P {p:.3f} R {r:.3f} F1 {f:.3f}')
    summary = {'ner_P': prf(sum(tp.values()), sum(np_.values()), sum(ng.values()))[0],
               'ner_R': prf(sum(tp.values()), sum(np_.values()), sum(ng.values()))[1],
               'ner_F1': prf(sum(tp.values()), sum(np_.values()), sum(ng.values()))[2], 'ner_overlap_F1': f}
    dump_errors(errors, show)
    return summary


# --------------------------------------------------------------------------------------------- money
def money_value_ok(g, p):
    if g['qualifier'] == 'RANGE':
        return dec(p.get('min')) == dec(g['min']) and dec(p.get('max')) == dec(g['max'])
    if g['qualifier'] == 'UNSPECIFIED':
        return p.get('amount') is None
    return dec(p.get('amount')) == dec(g['amount'])


def score_money(gold, out, show):
    errors = defaultdict(list)
    gm = m_found = m_amt_cur = m_qual = m_all = 0
    gp = p_found = p_val = p_qual = 0
    neg_lines = neg_fp_lines = neg_fp = pos_spurious = 0
    for g, o in join(gold, out):
        body = g['body']
        pm = [p for p in o.get('money', []) if p.get('field') == 'body']
        pp = [p for p in o.get('percentages', []) if p.get('field') == 'body']
        if g.get('must_not_match'):
            neg_lines += 1
            if pm or pp:
                neg_fp_lines += 1
            for p in pm:
                neg_fp += 1
                errors['FP on must-not-match: money'].append(f'{g["id"]}: {ctx(body, p["start"], p["end"])}  got amount={p.get("amount")} {p.get("currency")} {p.get("qualifier")}')
            for p in pp:
                neg_fp += 1
                errors['FP on must-not-match: percent'].append(f'{g["id"]}: {ctx(body, p["start"], p["end"])}  got {p.get("value")}')
            continue
        golds = g['gold_money']
        pairs, unpaired = pair(golds, pm)
        for i, x in enumerate(golds):
            gm += 1
            if i not in pairs:
                errors[f'money missed ({x["currency"]}, {x["qualifier"]})'].append(f'{g["id"]}: {ctx(body, x["start"], x["end"])}  expected {x["amount"] or (x["min"], x["max"])} {x["currency"]} {x["qualifier"]}')
                continue
            m_found += 1
            p = pm[pairs[i]]
            vok = money_value_ok(x, p)
            cok = p.get('currency') == x['currency']
            qok = p.get('qualifier') == x['qualifier']
            m_amt_cur += vok and cok
            m_qual += qok
            m_all += vok and cok and qok
            exp = x['amount'] if x['qualifier'] not in ('RANGE',) else f'{x["min"]}..{x["max"]}'
            got = p.get('amount') if x['qualifier'] not in ('RANGE',) else f'{p.get("min")}..{p.get("max")}'
            line = f'{g["id"]}: {ctx(body, x["start"], x["end"])}  got ⟦{p["text"]}⟧ {got} {p.get("currency")} {p.get("qualifier")} expected {exp} {x["currency"]} {x["qualifier"]}'
            if not vok:
                errors['money wrong amount' + (' (range/unspecified)' if x['qualifier'] in ('RANGE', 'UNSPECIFIED') else '')].append(line)
            if not cok:
                errors[f'money wrong currency {x["currency"]}->{p.get("currency")}'].append(line)
            if not qok:
                errors[f'money wrong qualifier {x["qualifier"]}->{p.get("qualifier")}'].append(line)
        for j in unpaired:
            p = pm[j]
            pos_spurious += 1
            in_pct = any(overlap(p, q) for q in g['gold_percent'])
            errors['money spurious' + (' (a percentage read as money)' if in_pct else '')].append(
                f'{g["id"]}: {ctx(body, p["start"], p["end"])}  got amount={p.get("amount")} {p.get("currency")} {p.get("qualifier")}')
        golds = g['gold_percent']
        pairs, unpaired = pair(golds, pp)
        for i, x in enumerate(golds):
            gp += 1
            if i not in pairs:
                errors['percent missed'].append(f'{g["id"]}: {ctx(body, x["start"], x["end"])}  expected {x["value"] or (x["min"], x["max"])} {x["qualifier"]}')
                continue
            p_found += 1
            p = pp[pairs[i]]
            if x['qualifier'] == 'RANGE':
                vok = dec(p.get('min')) == dec(x['min']) and dec(p.get('max')) == dec(x['max'])
            else:
                vok = dec(p.get('value')) == dec(x['value'])
            qok = p.get('qualifier') == x['qualifier']
            p_val += vok; p_qual += qok
            line = f'{g["id"]}: {ctx(body, x["start"], x["end"])}  got ⟦{p["text"]}⟧ {p.get("value")} [{p.get("min")},{p.get("max")}] {p.get("qualifier")} expected {x["value"]} [{x["min"]},{x["max"]}] {x["qualifier"]}'
            if not vok:
                errors['percent wrong value'].append(line)
            if not qok:
                errors[f'percent wrong qualifier {x["qualifier"]}->{p.get("qualifier")}'].append(line)
        for j in unpaired:
            p = pp[j]
            errors['percent spurious'].append(f'{g["id"]}: {ctx(body, p["start"], p["end"])}  got {p.get("value")}')
    pc = lambda a, b: f'{100 * a / b:5.1f}% ({a}/{b})' if b else 'n/a'
    print('MONEY')
    print(f'  found (overlapping span)         {pc(m_found, gm)}')
    print(f'  exact amount+currency            {pc(m_amt_cur, gm)}')
    print(f'  right qualifier                  {pc(m_qual, gm)}')
    print(f'  all right (amount+cur+qual)      {pc(m_all, gm)}')
    print(f'  spurious money in positive lines {pos_spurious}')
    print('PERCENT')
    print(f'  found                            {pc(p_found, gp)}')
    print(f'  right value                      {pc(p_val, gp)}')
    print(f'  right qualifier                  {pc(p_qual, gp)}')
    print('MUST-NOT-MATCH')
    print(f'  lines with any false positive    {pc(neg_fp_lines, neg_lines)}   ({neg_fp} false mentions)')
    dump_errors(errors, show)
    return {'money_amt_cur': m_amt_cur / gm if gm else 0, 'money_qual': m_qual / gm if gm else 0,
            'money_all': m_all / gm if gm else 0, 'pct_val': p_val / gp if gp else 0,
            'neg_fp_lines': f'{neg_fp_lines}/{neg_lines}', 'pos_spurious': pos_spurious}


# --------------------------------------------------------------------------------------------- dates
def score_dates(gold, out, show):
    errors = defaultdict(list)
    by_cat = defaultdict(lambda: [0, 0, 0])  # gold, strict ok, lenient ok
    spans_ok = spurious = 0
    for g, o in join(gold, out):
        body = g['body']
        pd = [p for p in o.get('dates', []) if p.get('field') == 'body']
        pairs, unpaired = pair(g['gold_dates'], pd)
        for i, x in enumerate(g['gold_dates']):
            c = by_cat[x['category']]; c[0] += 1
            if i not in pairs:
                errors[f'date missed ({x["category"]})'].append(f'{g["id"]} pub {g["publishedAt"][:10]}: {ctx(body, x["start"], x["end"])}  expected {x["iso"]}')
                continue
            p = pd[pairs[i]]
            strict = p.get('iso') == x['iso']
            lenient = strict or (p.get('iso', '').startswith('--') and x['iso'][4:] == p['iso'][1:])
            c[1] += strict; c[2] += lenient
            if p['start'] == x['start'] and p['end'] == x['end']:
                spans_ok += 1
            else:
                errors['date span differs (iso may still be right)'].append(f'{g["id"]}: got ⟦{p["text"]}⟧ expected ⟦{x["text"]}⟧')
            if not strict:
                errors[f'date wrong iso ({x["category"]})' + (' [year not inferred]' if lenient else '')].append(
                    f'{g["id"]} pub {g["publishedAt"][:10]}: {ctx(body, x["start"], x["end"])}  got {p.get("iso")} expected {x["iso"]}')
        for j in unpaired:
            p = pd[j]; spurious += 1
            errors['date spurious'].append(f'{g["id"]}: {ctx(body, p["start"], p["end"])}  got {p.get("iso")}')
    tot = [sum(v[k] for v in by_cat.values()) for k in range(3)]
    print('DATES  (strict = exact iso; lenient also accepts --MM-DD for a right day+month)')
    for cat in sorted(by_cat) + ['ALL']:
        v = tot if cat == 'ALL' else by_cat[cat]
        print(f'  {cat:8} n={v[0]:3d}  strict {100 * v[1] / v[0]:5.1f}%  lenient {100 * v[2] / v[0]:5.1f}%')
    print(f'  exact spans {spans_ok}/{tot[0]}, spurious dates {spurious}')
    dump_errors(errors, show)
    return {'date_strict': tot[1] / tot[0], 'date_lenient': tot[2] / tot[0]}


def dump_errors(errors, show):
    if not show:
        return
    print(f'\nERRORS by pattern ({sum(len(v) for v in errors.values())} total)')
    for k, v in sorted(errors.items(), key=lambda kv: -len(kv[1])):
        print(f'\n## {k}  [{len(v)}]')
        for e in v:
            print('  - ' + e)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    show = '--no-errors' not in sys.argv
    if len(args) != 2:
        print(__doc__); sys.exit(2)
    gold, out = load(args[0]), load(args[1])
    g0 = gold[0]
    if 'gold' in g0:
        s = score_ner(gold, out, show)
    elif 'gold_money' in g0:
        s = score_money(gold, out, show)
    elif 'gold_dates' in g0:
        s = score_dates(gold, out, show)
    else:
        sys.exit('unknown gold file')
    print('SUMMARY ' + json.dumps(s))


if __name__ == '__main__':
    main()
