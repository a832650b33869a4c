-- Public holidays: no legal deadline runs on them. Fixed national holidays are seeded for
-- 2019-2040; religious holidays follow the moon and are entered each year by an administrator
-- once the Ministry of Habous announces them.
CREATE TABLE holiday (
  day      DATE PRIMARY KEY,
  name_ar  TEXT NOT NULL,
  name_fr  TEXT NOT NULL,
  name_en  TEXT NOT NULL,
  name_zgh TEXT NOT NULL,
  kind     TEXT NOT NULL CHECK (kind IN ('national', 'religious')),
  source   TEXT NOT NULL DEFAULT '',
  -- shown as "to confirm against the Bulletin officiel" until an administrator confirms it
  to_confirm BOOLEAN NOT NULL DEFAULT FALSE
);

WITH fixed (month, dom, name_ar, name_fr, name_en, name_zgh, since, unsure) AS (VALUES
  (1, 1, 'رأس السنة الميلادية', 'Nouvel an', 'New Year''s Day', 'ⴰⵙⴳⴳⵯⴰⵙ ⴰⵎⴰⵢⵏⵓ', 1900, FALSE),
  (1, 11, 'ذكرى تقديم وثيقة الاستقلال', 'Manifeste de l''indépendance', 'Independence Manifesto Day', 'ⴰⵙⵎⴽⵜⵉ ⵏ ⵜⵏⵣⵎⵉⵜ ⵏ ⵜⵍⵍⴰⵍⵉⵜ', 1900, FALSE),
  (1, 14, 'رأس السنة الأمازيغية', 'Nouvel an amazigh', 'Amazigh New Year', 'ⵢⴻⵏⵏⴰⵢⴻⵔ', 2024, TRUE),
  (5, 1, 'عيد الشغل', 'Fête du travail', 'Labour Day', 'ⴰⵏⴰⵍ ⵏ ⵜⵡⵓⵔⵉ', 1900, FALSE),
  (7, 30, 'عيد العرش', 'Fête du trône', 'Throne Day', 'ⴰⵏⴰⵍ ⵏ ⵜⴳⵔⴰⵡⵜ', 1900, FALSE),
  (8, 14, 'ذكرى استرجاع إقليم وادي الذهب', 'Allégeance de Oued Eddahab', 'Oued Ed-Dahab Day', 'ⴰⵙⵎⴽⵜⵉ ⵏ ⵡⴰⴷ ⴷⴷⴰⵀⴰⴱ', 1900, FALSE),
  (8, 20, 'ذكرى ثورة الملك والشعب', 'Révolution du Roi et du peuple', 'Revolution of the King and the People', 'ⴰⵙⵎⴽⵜⵉ ⵏ ⵜⵏⴼⵍⵉ ⵏ ⵓⴳⵍⵍⵉⴷ ⴷ ⵓⴳⴷⵓⴷ', 1900, FALSE),
  (8, 21, 'عيد الشباب', 'Fête de la jeunesse', 'Youth Day', 'ⴰⵏⴰⵍ ⵏ ⵜⵉⵍⵉⵍⵉ', 1900, FALSE),
  (10, 31, 'عيد الوحدة', 'Fête de l''unité', 'Unity Day', 'ⴰⵏⴰⵍ ⵏ ⵜⵎⵢⴰⵡⵏⵜ', 2025, TRUE),
  (11, 6, 'ذكرى المسيرة الخضراء', 'Marche verte', 'Green March Day', 'ⴰⵙⵎⴽⵜⵉ ⵏ ⵜⵉⴽⵍⵉ ⵜⴰⵣⴳⵣⴰⵡⵜ', 1900, FALSE),
  (11, 18, 'عيد الاستقلال', 'Fête de l''indépendance', 'Independence Day', 'ⴰⵏⴰⵍ ⵏ ⵜⵍⵍⴰⵍⵉⵜ', 1900, FALSE)
)
INSERT INTO holiday (day, name_ar, name_fr, name_en, name_zgh, kind, source, to_confirm)
SELECT make_date(y, month, dom), name_ar, name_fr, name_en, name_zgh, 'national',
  'Liste des jours fériés (décret 2.77.169 et textes modificatifs)', unsure
FROM fixed CROSS JOIN generate_series(2019, 2040) AS y
WHERE y >= since;
