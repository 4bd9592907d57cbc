#!/usr/bin/env bash
# The Curtois–Qu instances with `duty bench curtois`, TIME_LIMIT seconds each, one at a time:
# pricing in column generation runs on every core. Instances are read from CURTOIS_DIR, a
# folder with the published set of 24 (default datasets/curtois, which holds 1 and 3 only).
# Writes the rosters, curtois.csv and curtois.md into OUT and prints the table.
#   usage: benchmarks/curtois.sh [TIME_LIMIT] [FIRST] [LAST] [OUT]
set -euo pipefail
cd "$(dirname "$0")/.."
limit=${1:-60}
first=${2:-1}
last=${3:-19}
out=${4:-out/curtois-bench}
dir=${CURTOIS_DIR:-datasets/curtois}
duty=.build/release/duty
[ -x "$duty" ] || swift build -c release --product duty >/dev/null
instances=()
for i in $(seq "$first" "$last"); do
  [ -f "$dir/Instance$i.txt" ] || { echo "curtois.sh: $dir/Instance$i.txt is missing; set CURTOIS_DIR to the folder of the 24 instances" >&2; exit 2; }
  instances+=("$dir/Instance$i.txt")
done
"$duty" bench curtois "${instances[@]}" --out "$out" --time-limit "$limit" >/dev/null
# The table, in markdown.
python3 - "$out" <<'PY'
import csv, sys, os
rows = list(csv.DictReader(open(os.path.join(sys.argv[1], "curtois.csv"))))
print("| instance | staff | days | shift types | objective | best known | status | gap | bound | seconds |")
print("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |")
for r in rows:
    gap = f"{float(r['gap']) * 100:.1f} %" if r["gap"] else "–"
    print(f"| {r['instance']} | {r['staff']} | {r['days']} | {r['shift_types']} | {r['objective'] or '–'} | {r['best_known'] or '–'} "
          f"| {r['status']} | {gap} | {r['bound'] or '–'} | {float(r['seconds']):.1f} |")
PY
