#!/usr/bin/env python3
"""Generates src/main/resources/demo/indicators.csv: demo data values for the demo indicators,
2021-2026, loaded by the demo scenario through the same importer an officer uses.

The figures are DEMONSTRATION values. Programme totals follow the seed documents (AMSSAWASS:
40 elected women and 20+ elected men trained in 2024-2025 across 20 communes; ISED-BMK: 100
associations and 50+ youth trained in 2020-2025; BMK consultations: 110+ citizen-budget
participants, 118 in innovation labs, 160+ forum participants). Council seats follow the
legal seat counts by commune size with about 27 % women (2021 national figure for communes).
How they split by commune, sex and age is invented for the demo.
Run: python3 tools/generate_demo_indicators.py
"""
import csv, os, random

HERE = os.path.dirname(__file__)
RES = os.path.join(HERE, "..", "src", "main", "resources", "demo")
rnd = random.Random(2026)
SOURCE = "Sawa demo (approximate, after the programme pages)"

communes = []
with open(os.path.join(RES, "territories.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["level"] == "commune":
            communes.append((row["code"], row["kind"], row["parent_code"]))
population = {}
with open(os.path.join(RES, "population-2024.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        population[row["territory_code"]] = population.get(row["territory_code"], 0) + int(row["population"])

def seats(pop):
    for limit, n in ((7500, 11), (15000, 15), (25000, 23), (35000, 29), (50000, 35), (75000, 39), (100000, 43),
                     (125000, 47), (150000, 51), (200000, 55)):
        if pop <= limit:
            return n
    return 61

rows = []
def add(indicator, territory, period, value, sex="", age="", area=""):
    rows.append([indicator, territory, period, sex, age, "", area, value, SOURCE])

# Elected councillors by sex, every year of the 2021-2027 mandate (a few replacements over time)
for code, kind, province in communes:
    n = seats(population[code])
    women = round(n * rnd.uniform(0.22, 0.31))
    for year in range(2021, 2027):
        if year > 2021 and rnd.random() < 0.15:
            women = max(1, min(n - 1, women + rnd.choice((-1, 1))))
        add("COUNCILLORS", code, str(year), women, sex="female")
        add("COUNCILLORS", code, str(year), n - women, sex="male")

# AMSSAWASS: elected officials trained, 20 BMK communes, 2024 and 2025
bmk = [c for c in communes if c[0].startswith(("MA-BEM", "MA-AZI", "MA-FQH", "MA-KHN", "MA-KHO"))]
engaged = sorted(rnd.sample(bmk, 20))
for year, women_total, men_total in ((2024, 18, 10), (2025, 22, 12)):
    w = [1] * 20
    for _ in range(women_total - 20):
        w[rnd.randrange(20)] += 1
    if women_total < 20:
        w = [0] * 20
        for i in rnd.sample(range(20), women_total):
            w[i] = 1
    m = [0] * 20
    for i in rnd.sample(range(20), men_total):
        m[i] = 1
    for i, (code, _, _) in enumerate(engaged):
        if w[i]:
            add("ELECTED_TRAINED", code, str(year), w[i], sex="female")
        if m[i]:
            add("ELECTED_TRAINED", code, str(year), m[i], sex="male")

# ISED-BMK: associations trained per province and year (100 in all), youth trained (54 in all)
provinces = ["MA-BEM", "MA-AZI", "MA-FQH", "MA-KHN", "MA-KHO"]
per_year = {2021: 14, 2022: 22, 2023: 28, 2024: 21, 2025: 15}
for year, total in per_year.items():
    split = [total // 5] * 5
    for i in range(total - sum(split)):
        split[i] += 1
    rnd.shuffle(split)
    for p, n in zip(provinces, split):
        add("CSO_TRAINED", p, str(year), n)
youth = {2022: (8, 7), 2023: (10, 9), 2024: (11, 9)}
for year, (girls, boys) in youth.items():
    for sex, n in (("female", girls), ("male", boys)):
        bands = {"15-17": 0, "18-24": 0, "25-34": 0}
        for _ in range(n):
            bands[rnd.choices(list(bands), weights=(1, 5, 3))[0]] += 1
        for band, k in bands.items():
            if k:
                add("YOUTH_TRAINED", "MA-05", str(year), k, sex=sex, age=band)

# BMK participatory processes: participants by sex and province
events = {2022: 160, 2023: 118, 2024: 112}
for year, total in events.items():
    for p in provinces:
        n = total // 5 + (1 if p == "MA-BEM" else 0)
        women = round(n * rnd.uniform(0.28, 0.45))
        add("CONSULTATION_PARTICIPANTS", p, str(year), women, sex="female")
        add("CONSULTATION_PARTICIPANTS", p, str(year), n - women, sex="male")

# MALAA0003 (Laayoune-Sakia El Hamra): elected officials and staff trained in the gender approach
for year, (w, m) in ((2025, (14, 19)), (2026, (9, 11))):
    add("GENDER_TRAINED", "MA-11", str(year), w, sex="female")
    add("GENDER_TRAINED", "MA-11", str(year), m, sex="male")

with open(os.path.join(RES, "indicators.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["indicator", "territory_code", "period", "sex", "age_band", "disability", "area", "value", "source"])
    w.writerows(rows)
print(len(rows), "values")

# ISED-BMK: association members trained, by sex and by the association's main target group (an
# officer-defined dimension, assoc_focus), per province; in a file of its own because its
# columns differ
focus = {"women": (14, 3), "youth": (9, 11), "disability": (3, 4), "rural_dev": (8, 10), "not_stated": (1, 2)}
members_rnd = random.Random(20260)
with open(os.path.join(RES, "association-members.csv"), "w", newline="", encoding="utf-8") as f:
    f.write("indicator,territory_code,period,sex,assoc_focus,value,source\n")
    count = 0
    for year in range(2022, 2026):
        for p in ["MA-BEM", "MA-AZI", "MA-FQH", "MA-KHN", "MA-KHO"]:
            scale = 1 + 0.25 * (year - 2022)
            for group, (women, men) in focus.items():
                for sex, base in (("female", women), ("male", men)):
                    value = max(0, round(base * scale * members_rnd.uniform(0.6, 1.3)))
                    f.write(f'ASSOC_MEMBERS_TRAINED,{p},{year},{sex},{group},{value},"ISED-BMK (demo, approximate)"\n')
                    count += 1
print(count, "association-member values")
