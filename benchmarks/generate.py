#!/usr/bin/env python3
"""Writes a seeded, school-like dataset folder of N people for benchmarks.

Usage: generate.py PEOPLE SEED OUT_DIR [MONTH]

Posts are those of datasets/example; demand grows with the team; about a third
of the people are older staff without night shifts; some leave and requests.
The same PEOPLE and SEED always give the same files.
"""
import calendar
import os
import random
import sys


def main():
    people, seed, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    month = sys.argv[4] if len(sys.argv) > 4 else "2025-11"
    year, mon = map(int, month.split("-"))
    days = calendar.monthrange(year, mon)[1]
    rng = random.Random(seed * 1000 + people)
    os.makedirs(out, exist_ok=True)

    scale = people / 12
    with open(f"{out}/posts.csv", "w") as f:
        f.write("id,name,area,start,end,night,priority\n")
        f.write("canteen_breakfast,食堂早餐巡查,canteen,06:30,08:30,false,30\n")
        f.write("canteen_lunch,食堂午餐巡查,canteen,10:30,13:00,false,40\n")
        f.write("gate_day,门卫白班,gate,07:00,19:00,false,100\n")
        f.write("gate_night,门卫夜班,gate,19:00,07:00,true,120\n")
        f.write("grounds,绿化养护,grounds,08:00,16:00,false,10\n")
    with open(f"{out}/demand.csv", "w") as f:
        f.write("post,day,count\n")
        f.write(f"gate_day,weekday,{max(1, round(2 * scale))}\n")
        f.write(f"gate_day,weekend,{max(1, round(scale))}\n")
        f.write(f"gate_night,weekday,{max(1, round(scale))}\n")
        f.write(f"gate_night,weekend,{max(1, round(scale))}\n")
        f.write(f"canteen_breakfast,weekday,{max(1, round(scale))}\n")
        f.write(f"canteen_lunch,weekday,{max(1, round(scale))}\n")
        f.write(f"grounds,weekday,{max(1, round(2 * scale))}\n")
        f.write(f"grounds,Sat,{max(1, round(scale))}\n")
    ids = [f"s{i + 1:03d}" for i in range(people)]
    with open(f"{out}/staff.csv", "w") as f:
        f.write("id,name,skills,max_shifts,min_shifts,max_nights\n")
        for i, sid in enumerate(ids):
            kind = i % 6
            if kind in (0, 1, 2):
                skills, nights = "gate_day;gate_night" + (";grounds" if rng.random() < 0.5 else ""), str(rng.choice([6, 8, 10]))
            elif kind == 3:
                skills, nights = "canteen_breakfast;canteen_lunch;gate_day", ""
            elif kind == 4:
                skills, nights = "canteen_breakfast;canteen_lunch;grounds", "0"
            else:
                skills, nights = "grounds;gate_day", "0"
            min_shifts = str(rng.choice([0, 0, 8, 10]))
            f.write(f"{sid},员工{i + 1},{skills},{rng.choice([16, 18, 20, 22])},{min_shifts},{nights}\n")
    with open(f"{out}/leave.csv", "w") as f:
        f.write("staff,from,to,reason\n")
        for sid in ids:
            if rng.random() < 0.25:
                start = rng.randint(1, days - 3)
                end = min(days, start + rng.randint(1, 7))
                f.write(f"{sid},{year}-{mon:02d}-{start:02d},{year}-{mon:02d}-{end:02d},leave\n")
    with open(f"{out}/requests.csv", "w") as f:
        f.write("staff,date,post,kind,weight\n")
        for sid in ids:
            for _ in range(rng.randint(0, 2)):
                day = rng.randint(1, days)
                kind = rng.choice(["on", "off"])
                f.write(f"{sid},{year}-{mon:02d}-{day:02d},,{kind},{rng.choice([5, 10, 20])}\n")


if __name__ == "__main__":
    main()
