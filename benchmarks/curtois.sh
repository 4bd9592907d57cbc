#!/usr/bin/env bash
# The Curtois–Qu instances with `duty bench curtois`, TIME_LIMIT seconds each, two instances
# at a time (one per core of the 2-core machine; GLPK is single-threaded). Instances are read
# from CURTOIS_DIR (default ../shared/curtois, the full set of 24; datasets/curtois holds 1 and 3).
# Writes the rosters, curtois.csv and curtois.md into OUT and prints the merged table.
#   usage: benchmarks/curtois.sh [TIME_LIMIT] [FIRST] [LAST] [OUT]
set -euo pipefail
cd "$(dirname "$0")/.."
limit=${1:-60}
first=${2:-1}
last=${3:-19}
out=${4:-out/curtois-bench}
dir=${CURTOIS_DIR:-../shared/curtois}
duty=.build/release/duty
[ -x "$duty" ] || swift build -c release --product duty >/dev/null
odd=() even=()
for i in $(seq "$first" "$last"); do
  if (( i % 2 )); then odd+=("$dir/Instance$i.txt"); else even+=("$dir/Instance$i.txt"); fi
done
pids=()
[ ${#odd[@]} -gt 0 ] && { "$duty" bench curtois "${odd[@]}" --out "$out/odd" --time-limit "$limit" >/dev/null & pids+=($!); }
[ ${#even[@]} -gt 0 ] && { "$duty" bench curtois "${even[@]}" --out "$out/even" --time-limit "$limit" >/dev/null & pids+=($!); }
for pid in "${pids[@]}"; do wait "$pid"; done
# One table, in instance order.
python3 - "$out" <<'PY'
import csv, sys, os, re
rows = []
for part in ("odd", "even"):
    path = os.path.join(sys.argv[1], part, "curtois.csv")
    if os.path.exists(path):
        rows += list(csv.DictReader(open(path)))
rows.sort(key=lambda r: int(re.sub(r"\D", "", r["instance"]) or 0))
print("| instance | staff | days | shift types | objective | best known | status | gap | bound | seconds |")
print("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |")
for r in rows:
    gap = f"{float(r['gap']) * 100:.1f} %" if r["gap"] else "–"
    print(f"| {r['instance']} | {r['staff']} | {r['days']} | {r['shift_types']} | {r['objective'] or '–'} | {r['best_known'] or '–'} "
          f"| {r['status']} | {gap} | {r['bound'] or '–'} | {float(r['seconds']):.1f} |")
PY
