#!/usr/bin/env python3
"""Prints one markdown results row from the SUMMARY lines of eval/out/*.report.txt (or a results dir)."""
import json, os, sys
d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'out')
S = {}
for name in ('ner-ar', 'ner-en', 'money-ar', 'money-en', 'dates'):
    for ln in open(os.path.join(d, name + '.report.txt'), encoding='utf-8'):
        if ln.startswith('SUMMARY '):
            S[name] = json.loads(ln[8:])
p = lambda x: f'{100 * x:.1f}'
print('| NER ar P/R/F1 (overlap F1) | NER en P/R/F1 (overlap F1) | money ar amt+cur / qual / all | money en amt+cur / qual / all | percent ar / en value | must-not-match FP lines ar / en | dates strict / lenient |')
print('|---|---|---|---|---|---|---|')
na, ne, ma, me, dt = S['ner-ar'], S['ner-en'], S['money-ar'], S['money-en'], S['dates']
print(f"| {p(na['ner_P'])}/{p(na['ner_R'])}/{p(na['ner_F1'])} ({p(na['ner_overlap_F1'])}) "
      f"| {p(ne['ner_P'])}/{p(ne['ner_R'])}/{p(ne['ner_F1'])} ({p(ne['ner_overlap_F1'])}) "
      f"| {p(ma['money_amt_cur'])} / {p(ma['money_qual'])} / {p(ma['money_all'])} "
      f"| {p(me['money_amt_cur'])} / {p(me['money_qual'])} / {p(me['money_all'])} "
      f"| {p(ma['pct_val'])} / {p(me['pct_val'])} | {ma['neg_fp_lines']} / {me['neg_fp_lines']} "
      f"| {p(dt['date_strict'])} / {p(dt['date_lenient'])} |")
