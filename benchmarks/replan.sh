#!/usr/bin/env bash
# Repairing a published month and suggesting a cover, against solving the month.
# For a generated month of PEOPLE people (benchmarks/generate.py, seed 1): the median wall time
# of `duty roster` for the whole month, of `duty replan` from mid-month after one person falls
# ill for a week, and of `duty suggest --replace` on a day of that week; with the status and
# changes of the last replan and the ratio replan / roster. Prints a Markdown table.
#   usage: benchmarks/replan.sh [RUNS] [PEOPLE] [TIME_LIMIT]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
people=${2:-60}
limit=${3:-60}
duty=.build/release/duty
[ -x "$duty" ] || swift build -c release --product duty >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 benchmarks/generate.py "$people" 1 "$work/data" 2025-11 >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
timed() {  # command… ; prints wall seconds
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

roster_times=()
for _ in $(seq "$runs"); do
  roster_times+=("$(timed "$duty" roster --data "$work/data" --month 2025-11 --out "$work/published" --time-limit "$limit")")
done
# The person with the most duties from the 15th to the 21st falls ill for that week.
ill=$(awk -F, 'NR > 1 && $1 >= "2025-11-15" && $1 <= "2025-11-21" {print $3}' "$work/published/roster.csv" | sort | uniq -c | sort -rn | awk 'NR == 1 {print $2}')
printf '%s,2025-11-15,2025-11-21,病假\n' "$ill" >> "$work/data/leave.csv"
replan_times=()
for _ in $(seq "$runs"); do
  replan_times+=("$(timed "$duty" replan --data "$work/data" --month 2025-11 --roster "$work/published/roster.csv" --from 2025-11-15 \
    --out "$work/replan" --time-limit "$limit")")
done
suggest_times=()
for _ in $(seq "$runs"); do
  suggest_times+=("$(timed "$duty" suggest --data "$work/data" --month 2025-11 --roster "$work/published/roster.csv" --date 2025-11-15 \
    --replace "$(awk -F, 'NR > 1 && $1 == "2025-11-15" {print $3; exit}' "$work/published/roster.csv")")")
done
roster_median=$(printf '%s\n' "${roster_times[@]}" | median)
replan_median=$(printf '%s\n' "${replan_times[@]}" | median)
suggest_median=$(printf '%s\n' "${suggest_times[@]}" | median)
read -r roster_status < <(python3 -c "import json;print(json.load(open('$work/published/roster.json'))['solver']['status'])")
read -r replan_status changes < <(python3 -c "
import json; d = json.load(open('$work/replan/roster.json')); print(d['solver']['status'], len(d['changes']))")
echo "| $people people, median of $runs | wall s | status | ratio to roster |"
echo "| --- | ---: | --- | ---: |"
printf '| roster, whole month | %.2f | %s | 1 |\n' "$roster_median" "$roster_status"
printf '| replan from the 15th (%s ill 15–21, %s changes) | %.2f | %s | %.2f |\n' "$ill" "$changes" "$replan_median" "$replan_status" \
  "$(echo "$replan_median / $roster_median" | bc -l)"
printf '| suggest --replace on the 15th | %.3f | | %.3f |\n' "$suggest_median" "$(echo "$suggest_median / $roster_median" | bc -l)"
