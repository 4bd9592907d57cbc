#!/usr/bin/env python3
"""Side by side: `duty roster` (GLPK, warm start, this formulation) against HiGHS on the
identical model (`duty export-model --format mps`), for generated months of 8 to 60 people.

Usage: highs_compare.py [TIME_LIMIT] [SIZES...]    (installs highspy from PyPI when missing)
Prints a Markdown table: wall seconds of each, their ratios, both objectives and statuses.
duty's "process" time is the whole `duty roster` command (start, reading the CSVs, building
the model, the greedy roster, the search, writing five files); its "solve" time is the one
roster.json reports (building the model through the end of the search). HiGHS's time is
reading the MPS file and `run()`, in this Python process.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

from highs_setup import DUTY, HERE, prepare


def main():
    limit = float(sys.argv[1]) if len(sys.argv) > 1 else 60
    sizes = [int(s) for s in sys.argv[2:]] or [8, 16, 24, 40, 60]
    prepare()
    import highspy

    print("| people | duty process s | duty solve s | duty status | duty objective | HiGHS s | HiGHS status | HiGHS objective "
          "| process / HiGHS | solve / HiGHS |")
    print("| ---: | ---: | ---: | --- | ---: | ---: | --- | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as work:
        for people in sizes:
            data = os.path.join(work, f"gen{people}")
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(people), "1", data, "2025-11"], check=True)
            out = os.path.join(work, f"out{people}")
            start = time.perf_counter()
            subprocess.run([DUTY, "roster", "--data", data, "--month", "2025-11", "--out", out, "--time-limit", str(limit)],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            duty_seconds = time.perf_counter() - start
            roster = json.load(open(os.path.join(out, "roster.json")))
            model = os.path.join(work, f"model{people}.mps")
            subprocess.run([DUTY, "export-model", "--data", data, "--month", "2025-11", "--format", "mps", "--out", model],
                           check=True, stdout=subprocess.DEVNULL)
            highs = highspy.Highs()
            highs.setOptionValue("output_flag", False)
            highs.setOptionValue("time_limit", limit)
            highs.setOptionValue("mip_rel_gap", 0.0)
            highs.setOptionValue("threads", 1)
            start = time.perf_counter()
            highs.readModel(model)
            highs.run()
            highs_seconds = time.perf_counter() - start
            status = highs.modelStatusToString(highs.getModelStatus())
            objective = highs.getInfo().objective_function_value
            solve_seconds = roster['solver']['seconds']
            print(f"| {people} | {duty_seconds:.2f} | {solve_seconds:.2f} | {roster['solver']['status']} | {roster['objective']['total']:.4f} | "
                  f"{highs_seconds:.2f} | {status} | {objective:.4f} | {duty_seconds / max(highs_seconds, 1e-9):.2f} | "
                  f"{solve_seconds / max(highs_seconds, 1e-9):.2f} |")


if __name__ == "__main__":
    main()
