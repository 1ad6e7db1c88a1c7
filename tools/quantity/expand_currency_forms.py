#!/usr/bin/env python3
"""Gives every Arabic adjective row of currencies.tsv (دينار كويتي) every head form of its family's bare row
(دينار, دينارا, ديناران, دنانير, دينارات...; main units only, never سنت or قرش), so a plural or dual
written with the adjective is read too.
Rewrites the file in place; idempotent. Usage: python3 tools/quantity/expand_currency_forms.py FILE
"""
import re
import sys

ARABIC = re.compile(r"[\u0600-\u06FF]")


def main(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    bare = {}
    for line in lines:
        cells = line.split("\t")
        if len(cells) == 6 and not line.startswith("#") and cells[2] == "-" and cells[4] == "1":
            forms = [f for f in cells[0].split("|") if ARABIC.search(f) and " " not in f]
            if forms:
                bare.setdefault(cells[1], set()).update(forms)
    out = []
    for line in lines:
        cells = line.split("\t")
        if len(cells) == 6 and not line.startswith("#") and cells[2] != "-" and cells[1] in bare:
            aliases = cells[0].split("|")
            arabic = [a for a in aliases if ARABIC.search(a) and " " in a]
            heads = {a.split(" ", 1)[0] for a in arabic}
            if arabic and heads & bare[cells[1]]:
                tails = list(dict.fromkeys(a.split(" ", 1)[1] for a in arabic))
                extra = [h + " " + t for h in sorted(bare[cells[1]]) for t in tails]
                cells[0] = "|".join(dict.fromkeys(aliases + extra))
                line = "\t".join(cells)
        out.append(line)
    open(path, "w", encoding="utf-8").write("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
