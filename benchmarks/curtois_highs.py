#!/usr/bin/env python3
"""Side by side on generated Curtois-format instances: `duty bench curtois` (its whole search)
against HiGHS on the plain assignment model of the same instance, the one GLPK is given
(`duty bench curtois --model-out`), with `mip_rel_gap` 0 as duty.

Usage: curtois_highs.py [DUTY_LIMIT] [HIGHS_LIMIT] [SEEDS...]    (installs highspy when missing)
Defaults: 20 s for duty, 60 s for HiGHS, reporting seeds 101-108 (generate_curtois.py).
Prints a Markdown table: each instance's size, duty's objective, status and bound, HiGHS's
objective, status and bound, and duty's objective over HiGHS's. Objectives are the
benchmark's: duty's is the validator's score of the written roster, HiGHS's the model's.
"""
import csv
import os
import subprocess
import sys
import tempfile

from highs_setup import DUTY, HERE, prepare


def main():
    duty_limit = float(sys.argv[1]) if len(sys.argv) > 1 else 20
    highs_limit = float(sys.argv[2]) if len(sys.argv) > 2 else 60
    seeds = [int(s) for s in sys.argv[3:]] or list(range(101, 109))
    prepare()
    import highspy

    with tempfile.TemporaryDirectory() as work:
        files = []
        for seed in seeds:
            path = os.path.join(work, f"Gen{seed}.txt")
            subprocess.run([sys.executable, os.path.join(HERE, "generate_curtois.py"), str(seed), path], check=True)
            files.append(path)
        out, models = os.path.join(work, "out"), os.path.join(work, "models")
        subprocess.run([DUTY, "bench", "curtois", *files, "--out", out, "--time-limit", str(duty_limit), "--model-out", models],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        rows = {row["instance"]: row for row in csv.DictReader(open(os.path.join(out, "curtois.csv")))}
        print(f"duty {duty_limit:g} s, HiGHS {highs_limit:g} s (one thread, mip_rel_gap 0)\n")
        print("| instance | staff | shift types | duty | duty status | duty bound | HiGHS | HiGHS status | HiGHS bound | duty / HiGHS |")
        print("| --- | ---: | ---: | ---: | --- | ---: | ---: | --- | ---: | ---: |")
        for seed in seeds:
            name = f"Gen{seed}"
            row = rows[name]
            highs = highspy.Highs()
            highs.setOptionValue("output_flag", False)
            highs.setOptionValue("log_to_console", False)
            highs.setOptionValue("time_limit", highs_limit)
            highs.setOptionValue("mip_rel_gap", 0.0)
            highs.setOptionValue("threads", 1)
            highs.readModel(os.path.join(models, f"{name}.mps"))
            # GLPK writes the objective's constant as the objective row's right-hand side as it
            # is; HiGHS reads that with the opposite sign (the usual MPS convention).
            highs.changeObjectiveOffset(-highs.getLp().offset_)
            highs.run()
            info = highs.getInfo()
            status = highs.modelStatusToString(highs.getModelStatus())
            found = info.primal_solution_status == 2
            objective = round(info.objective_function_value) if found else None
            bound = info.mip_dual_bound
            ratio = f"{int(row['objective']) / objective:.3f}" if objective and row["objective"] else "–"
            print(f"| {name} | {row['staff']} | {row['shift_types']} | {row['objective'] or '–'} | {row['status']} | "
                  f"{row['bound'] or '–'} | {objective if objective is not None else '–'} | {status} | {bound:.1f} | {ratio} |")


if __name__ == "__main__":
    main()
