#!/usr/bin/env python3
"""Generates the demo territories and approximate population CSVs under src/main/resources/demo/.

Commune populations are APPROXIMATE orders of magnitude for a demonstration, not census
figures: each commune's total is spread over sex x age band with a typical Moroccan urban or
rural age structure. Tifinagh names of communes are transliterated from the Latin spelling and
need review by a Tamazight speaker; regions' and provinces' Tifinagh names are the usual ones.
Run: python3 tools/generate_demo_territories.py
"""
import csv, os

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "demo")

T = {"kh": "ⵅ", "gh": "ⵖ", "ch": "ⵛ", "ou": "ⵓ", "a": "ⴰ", "b": "ⴱ", "c": "ⵛ", "d": "ⴷ", "e": "", "f": "ⴼ",
     "g": "ⴳ", "h": "ⵀ", "i": "ⵉ", "j": "ⵊ", "k": "ⴽ", "l": "ⵍ", "m": "ⵎ", "n": "ⵏ", "o": "ⵓ", "p": "ⴱ", "q": "ⵇ",
     "r": "ⵔ", "s": "ⵙ", "t": "ⵜ", "u": "ⵓ", "v": "ⴼ", "w": "ⵡ", "x": "ⵅ", "y": "ⵢ", "z": "ⵣ", " ": " ", "-": "-"}

def tifinagh(latin):
    s = latin.lower()
    for src, dst in (("é", "e"), ("è", "e"), ("â", "a"), ("ï", "i"), ("'", ""), ("’", "")):
        s = s.replace(src, dst)
    out, i = "", 0
    while i < len(s):
        two = s[i:i + 2]
        if two in T:
            out += T[two]; i += 2
        else:
            out += T.get(s[i], ""); i += 1
    return out

REGIONS = [
    ("MA-05", "جهة بني ملال خنيفرة", "Béni Mellal-Khénifra", "Béni Mellal-Khénifra", "ⴰⵢⵜ ⵎⵍⵍⴰⵍ-ⵅⵏⵉⴼⵔⴰ", [
        ("MA-BEM", "إقليم بني ملال", "Province de Béni Mellal", "Béni Mellal Province", "ⴰⵙⴳⴰⵎ ⵏ ⴰⵢⵜ ⵎⵍⵍⴰⵍ", [
            ("Béni Mellal", "بني ملال", "urban", 200000), ("Kasba Tadla", "قصبة تادلة", "urban", 48000),
            ("Zaouiat Cheikh", "زاوية الشيخ", "urban", 24000), ("El Ksiba", "القصيبة", "urban", 19000),
            ("Ouled Yaich", "أولاد يعيش", "rural", 30000), ("Foum Oudi", "فم أودي", "rural", 14000),
            ("Naour", "ناوور", "rural", 12000), ("Aghbala", "أغبالة", "rural", 15000),
            ("Tanougha", "تانوغة", "rural", 11000), ("Oulad M'Barek", "أولاد امبارك", "rural", 35000),
            ("Semguet", "سمكت", "rural", 13000)]),
        ("MA-AZI", "إقليم أزيلال", "Province d'Azilal", "Azilal Province", "ⴰⵙⴳⴰⵎ ⵏ ⴰⵣⵉⵍⴰⵍ", [
            ("Azilal", "أزيلال", "urban", 32000), ("Demnate", "دمنات", "urban", 31000),
            ("Bin El Ouidane", "بين الويدان", "rural", 9000), ("Ouaouizeght", "واويزغت", "rural", 20000),
            ("Tabant", "تبانت", "rural", 13000), ("Afourer", "أفورار", "rural", 26000),
            ("Tanant", "تنانت", "rural", 14000), ("Aït M'hamed", "آيت امحمد", "rural", 20000),
            ("Zaouiat Ahansal", "زاوية أحنصال", "rural", 11000)]),
        ("MA-FQH", "إقليم الفقيه بن صالح", "Province de Fquih Ben Salah", "Fquih Ben Salah Province", "ⴰⵙⴳⴰⵎ ⵏ ⴼⵇⵉⵀ ⴱⵏ ⵚⴰⵍⵃ", [
            ("Fquih Ben Salah", "الفقيه بن صالح", "urban", 115000),
            ("Souk Sebt Oulad Nemma", "سوق السبت أولاد النمة", "urban", 53000),
            ("Oulad Ayad", "أولاد عياد", "urban", 22000), ("Dar Ould Zidouh", "دار ولد زيدوح", "rural", 22000),
            ("Had Boumoussa", "حد بوموسى", "rural", 33000), ("Bni Oukil", "بني وكيل", "rural", 20000),
            ("Krifate", "الكريفات", "rural", 17000), ("Bradia", "البرادية", "rural", 25000),
            ("Sidi Aissa Ben Ali", "سيدي عيسى بن علي", "rural", 12000)]),
        ("MA-KHN", "إقليم خنيفرة", "Province de Khénifra", "Khénifra Province", "ⴰⵙⴳⴰⵎ ⵏ ⵅⵏⵉⴼⵔⴰ", [
            ("Khénifra", "خنيفرة", "urban", 125000), ("M'Rirt", "مريرت", "urban", 42000),
            ("Aguelmous", "أكلموس", "rural", 28000), ("Moha Ou Hammou Zayani", "موحى أوحمو الزياني", "rural", 11000),
            ("El Hammam", "الحمام", "rural", 14000), ("Lehri", "لهري", "rural", 8000),
            ("Kerrouchen", "كروشن", "rural", 10000), ("Tighassaline", "تيغسالين", "rural", 13000),
            ("Oum Rabia", "أم الربيع", "rural", 15000)]),
        ("MA-KHO", "إقليم خريبكة", "Province de Khouribga", "Khouribga Province", "ⴰⵙⴳⴰⵎ ⵏ ⵅⵔⵉⴱⴳⴰ", [
            ("Khouribga", "خريبكة", "urban", 200000), ("Oued Zem", "وادي زم", "urban", 95000),
            ("Boujniba", "بوجنيبة", "urban", 14000), ("Hattane", "حطان", "urban", 10000),
            ("Boulanouare", "بولنوار", "urban", 13000), ("Bejaad", "أبي الجعد", "urban", 46000),
            ("Oulad Abdoun", "أولاد عبدون", "rural", 12000), ("Lagfaf", "لكفاف", "rural", 8000),
            ("Bni Smir", "بني سمير", "rural", 9000)]),
    ]),
    ("MA-11", "جهة العيون الساقية الحمراء", "Laâyoune-Sakia El Hamra", "Laâyoune-Sakia El Hamra", "ⵍⵄⵢⵓⵏ-ⵙⴰⴳⵉⵢⵜ ⵍⵃⵎⵔⴰ", [
        ("MA-LAA", "إقليم العيون", "Province de Laâyoune", "Laâyoune Province", "ⴰⵙⴳⴰⵎ ⵏ ⵍⵄⵢⵓⵏ", [
            ("Laâyoune", "العيون", "urban", 250000), ("El Marsa", "المرسى", "urban", 15000),
            ("Boukraa", "بوكراع", "rural", 3000), ("Dcheira", "الدشيرة", "rural", 3000),
            ("Foum El Oued", "فم الواد", "rural", 5000)]),
        ("MA-BOD", "إقليم بوجدور", "Province de Boujdour", "Boujdour Province", "ⴰⵙⴳⴰⵎ ⵏ ⴱⵓⵊⴷⵓⵔ", [
            ("Boujdour", "بوجدور", "urban", 52000), ("Jraifia", "جريفية", "rural", 2000),
            ("Lamssid", "لمسيد", "rural", 2000)]),
        ("MA-TAF", "إقليم طرفاية", "Province de Tarfaya", "Tarfaya Province", "ⴰⵙⴳⴰⵎ ⵏ ⵟⴰⵔⴼⴰⵢⴰ", [
            ("Tarfaya", "طرفاية", "urban", 9000), ("Akhfennir", "أخفنير", "rural", 4000),
            ("Daoura", "الدورة", "rural", 4000), ("El Hagounia", "الحكونية", "rural", 2000),
            ("Tah", "الطاح", "rural", 2500)]),
        ("MA-ESM", "إقليم السمارة", "Province d'Es-Semara", "Es-Semara Province", "ⴰⵙⴳⴰⵎ ⵏ ⵙⵎⴰⵔⴰ", [
            ("Es-Semara", "السمارة", "urban", 65000), ("Amgala", "أمكالة", "rural", 1000),
            ("Haouza", "حوزة", "rural", 2000), ("Jdiriya", "الجديرية", "rural", 1500),
            ("Sidi Ahmed Laaroussi", "سيدي أحمد العروسي", "rural", 2000), ("Tifariti", "تيفاريتي", "rural", 1000)]),
    ]),
]

BANDS = ["0-14", "15-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"]
SHARE = {"urban": [0.24, 0.05, 0.11, 0.16, 0.15, 0.11, 0.09, 0.09],
         "rural": [0.29, 0.06, 0.11, 0.14, 0.13, 0.10, 0.08, 0.09]}
FEMALE = {"urban": [0.488, 0.49, 0.50, 0.51, 0.51, 0.51, 0.50, 0.53],
          "rural": [0.488, 0.49, 0.49, 0.50, 0.50, 0.50, 0.50, 0.52]}

def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "territories.csv"), "w", newline="", encoding="utf-8") as f, \
         open(os.path.join(OUT, "population-2024.csv"), "w", newline="", encoding="utf-8") as p:
        w = csv.writer(f); pw = csv.writer(p)
        w.writerow(["code", "level", "kind", "parent_code", "name_ar", "name_fr", "name_en", "name_zgh"])
        pw.writerow(["territory_code", "year", "sex", "age_band", "area", "population", "source", "approximate"])
        w.writerow(["MA", "country", "", "", "المغرب", "Maroc", "Morocco", "ⵍⵎⵖⵔⵉⴱ"])
        for rcode, rar, rfr, ren, rzgh, provinces in REGIONS:
            w.writerow([rcode, "region", "", "MA", rar, rfr, ren, rzgh])
            for pcode, par, pfr, pen, pzgh, communes in provinces:
                w.writerow([pcode, "province", "province", rcode, par, pfr, pen, pzgh])
                for i, (fr, ar, kind, total) in enumerate(communes, 1):
                    code = f"{pcode}-{i:02d}"
                    w.writerow([code, "commune", kind, pcode, ar, fr, fr, tifinagh(fr)])
                    for b, band in enumerate(BANDS):
                        n = round(total * SHARE[kind][b])
                        women = round(n * FEMALE[kind][b])
                        for sex, count in (("female", women), ("male", n - women)):
                            pw.writerow([code, 2024, sex, band, kind, count,
                                         "Sawa demo: approximate figures, not census data", "true"])

if __name__ == "__main__":
    main()
