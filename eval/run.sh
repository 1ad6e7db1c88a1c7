#!/usr/bin/env bash
# Runs the already-built marsad jar over every held-out set and scores it. Builds nothing.
# usage: eval/run.sh [JAR] [OUTDIR]   (defaults: cli/target/marsad.jar, eval/out)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-cli/target/marsad.jar}
OUT=${2:-eval/out}
mkdir -p "$OUT"
[ -f "$JAR" ] || { echo "no jar at $JAR (build it first: mvn -B -q -pl cli -am package -Dmaven.test.skip=true)" >&2; exit 2; }
echo "main commit evaluated: $(git merge-base HEAD main | cut -c1-7)   eval HEAD: $(git rev-parse --short HEAD)   date: $(date -u +%FT%TZ)   jar: $JAR"
for set in ner-ar ner-ar-fresh ner-ar-fresh2 ner-en ner-en-fresh money-ar money-en dates; do
  # strip gold fields so the tool sees only RawArticle fields
  python3 -c 'import json,sys
keep={"id","title","body","language","publishedAt","source","keywords"}
for l in sys.stdin:
    if l.strip(): print(json.dumps({k:v for k,v in json.loads(l).items() if k in keep}, ensure_ascii=False))' \
    < "eval/$set.jsonl" > "$OUT/$set.in.jsonl"
  java -jar "$JAR" extract < "$OUT/$set.in.jsonl" > "$OUT/$set.out.jsonl" || echo "extract exited $? on $set" >&2
  python3 eval/score.py "eval/$set.jsonl" "$OUT/$set.out.jsonl" > "$OUT/$set.report.txt"
  echo "===== $set"; sed -n '/^ERRORS/q;p' "$OUT/$set.report.txt"
done
