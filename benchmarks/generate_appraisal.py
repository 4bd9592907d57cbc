#!/usr/bin/env python3
"""Writes a seeded year of appraisal records for PEOPLE people (about 1 million inspection
rows for 200 people) plus a roster per month, for timing `duty appraise`.

Usage: generate_appraisal.py PEOPLE YEAR OUT_DIR [ROWS]
Writes OUT_DIR/data (dataset folder) and OUT_DIR/rosters/YYYY-MM/roster.csv.
"""
import calendar
import os
import random
import shutil
import sys


def main():
    people, year, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rows = int(sys.argv[4]) if len(sys.argv) > 4 else 1_000_000
    rng = random.Random(people * 7919 + year)
    here = os.path.dirname(os.path.abspath(__file__))
    data = f"{out}/data"
    os.makedirs(data, exist_ok=True)
    example = os.path.join(here, "..", "datasets", "example")
    for name in ("posts.csv", "rubric.yaml"):
        shutil.copy(os.path.join(example, name), data)
    ids = [f"s{i + 1:04d}" for i in range(people)]
    posts = ["canteen_breakfast", "canteen_lunch", "gate_day", "gate_night", "grounds"]
    with open(f"{data}/staff.csv", "w") as f:
        f.write("id,name,skills,max_shifts,min_shifts,max_nights\n")
        for i, sid in enumerate(ids):
            f.write(f"{sid},员工{i + 1},{';'.join(posts)},22,,\n")
    items = ["C01", "C02", "C03", "G01", "G02", "G03", "L01", "L02", "S02", "P01", "P02"]
    with open(f"{data}/inspections.csv", "w") as f:
        f.write("id,date,staff,item,points,inspector,note\n")
        for n in range(rows):
            month = rng.randint(1, 12)
            day = rng.randint(1, calendar.monthrange(year, month)[1])
            item = rng.choice(items)
            f.write(f"I{n:07d},{year}-{month:02d}-{day:02d},{rng.choice(ids)},{item},,巡查员,\n")
        f.write(f"I{rows:07d},{year}-06-15,{ids[0]},S01,,安全办,一票否决\n")
    with open(f"{data}/attendance.csv", "w") as f:
        f.write("date,staff,post,status,note\n")
        for _ in range(people * 12):
            month = rng.randint(1, 12)
            day = rng.randint(1, calendar.monthrange(year, month)[1])
            f.write(f"{year}-{month:02d}-{day:02d},{rng.choice(ids)},{rng.choice(posts)},{rng.choice(['absent', 'late', 'extra'])},\n")
    with open(f"{data}/repairs.csv", "w") as f:
        f.write("id,reported,kind,staff,completed\n")
        for n in range(people * 24):
            month = rng.randint(1, 12)
            day = rng.randint(1, calendar.monthrange(year, month)[1] - 3)
            hours = 8 + rng.randint(0, 60)
            done = "" if rng.random() < 0.05 else f"{year}-{month:02d}-{day + hours // 24:02d}T{hours % 24:02d}:00"
            f.write(f"R{n:06d},{year}-{month:02d}-{day:02d}T08:00,{rng.choice(['minor', 'major'])},{rng.choice(ids)},{done}\n")
    for month in range(1, 13):
        folder = f"{out}/rosters/{year}-{month:02d}"
        os.makedirs(folder, exist_ok=True)
        with open(f"{folder}/roster.csv", "w") as f:
            f.write("date,post,staff\n")
            for day in range(1, calendar.monthrange(year, month)[1] + 1):
                for sid in ids:
                    if rng.random() < 0.7:
                        f.write(f"{year}-{month:02d}-{day:02d},{rng.choice(posts)},{sid}\n")


if __name__ == "__main__":
    main()
