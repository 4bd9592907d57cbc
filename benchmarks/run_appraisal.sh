#!/usr/bin/env bash
# Time and peak memory of reading and scoring a generated year of appraisal records
# (200 people, about 1 million inspection rows) with `duty appraise --from --to`.
#   usage: benchmarks/run_appraisal.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
duty=.build/release/duty
[ -x "$duty" ] || swift build -c release --product duty >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 benchmarks/generate_appraisal.py 200 2025 "$work"
echo "| run | wall s | peak memory MiB |"
echo "| ---: | ---: | ---: |"
for run in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$work/time" "$duty" appraise --data "$work/data" --from 2025-01 --to 2025-12 \
    --rosters "$work/rosters" --out "$work/out" > /dev/null
  read -r seconds kilobytes < "$work/time"
  echo "| $run | $seconds | $((kilobytes / 1024)) |"
done
