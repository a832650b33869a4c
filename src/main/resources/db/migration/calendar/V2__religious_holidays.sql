-- Religious holidays follow the moon. Each is one of four feasts of a Hijri year; the dates
-- the Ministry of Habous announced are entered as they are, and the years not yet announced
-- get provisional dates computed from the Hijri calendar (db.ReligiousHolidays at start),
-- shown as provisional until an administrator confirms or corrects them.
ALTER TABLE holiday ADD COLUMN feast TEXT CHECK (feast IN ('eid_al_fitr', 'eid_al_adha', 'muharram', 'mawlid'));
ALTER TABLE holiday ADD COLUMN hijri_year INT;
ALTER TABLE holiday ADD COLUMN provisional BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE holiday ADD CONSTRAINT holiday_feast_kind CHECK (feast IS NULL OR kind = 'religious');

-- Unity Day (31 October) was made a holiday in November 2025, from 2026: 31 October 2025 was a
-- working day.
DELETE FROM holiday WHERE day = DATE '2025-10-31';
UPDATE holiday SET to_confirm = FALSE,
  source = 'Fête de l''unité, jour férié à partir de 2026 (décision de novembre 2025)'
WHERE extract(MONTH FROM day) = 10 AND extract(DAY FROM day) = 31;

-- 2025 as announced by the Ministry of Habous and Islamic Affairs
WITH announced (day, feast, hijri, name_ar, name_fr, name_en, name_zgh) AS (VALUES
  (DATE '2025-03-31', 'eid_al_fitr', 1446, 'عيد الفطر', 'Aïd al-Fitr', 'Eid al-Fitr', 'ⵍⵄⵉⴷ ⴰⵎⵥⵥⵢⴰⵏ'),
  (DATE '2025-04-01', 'eid_al_fitr', 1446, 'عيد الفطر (اليوم الثاني)', 'Aïd al-Fitr (2e jour)', 'Eid al-Fitr (second day)', 'ⵍⵄⵉⴷ ⴰⵎⵥⵥⵢⴰⵏ (ⴰⵙⵙ ⵡⵉⵙ ⵙⵉⵏ)'),
  (DATE '2025-06-07', 'eid_al_adha', 1446, 'عيد الأضحى', 'Aïd al-Adha', 'Eid al-Adha', 'ⵍⵄⵉⴷ ⴰⵎⵇⵇⵔⴰⵏ'),
  (DATE '2025-06-08', 'eid_al_adha', 1446, 'عيد الأضحى (اليوم الثاني)', 'Aïd al-Adha (2e jour)', 'Eid al-Adha (second day)', 'ⵍⵄⵉⴷ ⴰⵎⵇⵇⵔⴰⵏ (ⴰⵙⵙ ⵡⵉⵙ ⵙⵉⵏ)'),
  (DATE '2025-06-27', 'muharram', 1447, 'فاتح محرم', 'Premier Moharram', 'Islamic New Year (1 Muharram)', 'ⴰⵙⴳⴳⵯⴰⵙ ⴰⵀⵉⵊⵔⵉ'),
  (DATE '2025-09-05', 'mawlid', 1447, 'عيد المولد النبوي', 'Aïd al-Mawlid', 'Mawlid (the Prophet''s birthday)', 'ⵍⵎⵓⵍⵓⴷ'),
  (DATE '2025-09-06', 'mawlid', 1447, 'عيد المولد النبوي (اليوم الثاني)', 'Aïd al-Mawlid (2e jour)', 'Mawlid (second day)', 'ⵍⵎⵓⵍⵓⴷ (ⴰⵙⵙ ⵡⵉⵙ ⵙⵉⵏ)')
)
INSERT INTO holiday (day, name_ar, name_fr, name_en, name_zgh, kind, source, to_confirm, feast, hijri_year, provisional)
SELECT day, name_ar, name_fr, name_en, name_zgh, 'religious',
  'Ministère des Habous et des Affaires islamiques, annonce de 2025', FALSE, feast, hijri, FALSE
FROM announced
ON CONFLICT (day) DO UPDATE SET name_ar = EXCLUDED.name_ar, name_fr = EXCLUDED.name_fr,
  name_en = EXCLUDED.name_en, name_zgh = EXCLUDED.name_zgh, kind = EXCLUDED.kind, source = EXCLUDED.source,
  to_confirm = FALSE, feast = EXCLUDED.feast, hijri_year = EXCLUDED.hijri_year, provisional = FALSE;
