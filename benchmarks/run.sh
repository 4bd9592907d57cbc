#!/usr/bin/env bash
# Median wall time of `duty roster` over RUNS runs on the shipped example and on generated
# months of 8, 16, 24 and 40 people (benchmarks/generate.py, seed 1), with the model size,
# status, gap and bound of the last run. Prints a Markdown table.
#   usage: benchmarks/run.sh [RUNS] [TIME_LIMIT]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
limit=${2:-60}
duty=.build/release/duty
[ -x "$duty" ] || swift build -c release --product duty >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() {  # name data month
  local name=$1 data=$2 month=$3 times=() line=""
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    # The model's size is in the solver's log (DUTY_LOG=info), not in the summary.
    line=$(DUTY_LOG=info "$duty" roster --data "$data" --month "$month" --out "$work/out" --time-limit "$limit" 2>&1 >/dev/null | awk '/model: / && !found { print; found = 1 }')
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
  local status size gap bound objective
  status=$(python3 -c "import json;print(json.load(open('$work/out/roster.json'))['solver']['status'])")
  gap=$(python3 -c "import json;print(round(json.load(open('$work/out/roster.json'))['solver']['gap'],4))")
  bound=$(python3 -c "import json;print(round(json.load(open('$work/out/roster.json'))['solver']['bound'],4))")
  objective=$(python3 -c "import json;print(round(json.load(open('$work/out/roster.json'))['objective']['total'],4))")
  size=$(echo "$line" | sed -E 's/.*model: ([0-9]+) columns, ([0-9]+) rows.*/\1 × \2/')
  printf '| %s | %s | %.2f | %s | %s | %s | %s |\n' "$name" "$size" "$median" "$status" "$objective" "$bound" "$gap"
}

echo "| month | columns × rows | median wall s ($runs runs) | status | objective | bound | gap |"
echo "| --- | --- | ---: | --- | ---: | ---: | ---: |"
measure "example 2025-10 (12 people)" datasets/example 2025-10
for people in 8 16 24 40; do
  python3 benchmarks/generate.py "$people" 1 "$work/gen$people" 2025-11
  measure "generated $people people" "$work/gen$people" 2025-11
done
