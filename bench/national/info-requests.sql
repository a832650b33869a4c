-- The national generator's third part (issue 23): an information body per commune of the national
-- territories (1,500) and 500,000 requests to them over two years, 40 % of the answered ones
-- published in the archive with their (invented) request and answer, so that the archive and its
-- search read a national table. Run after generate.sql, on the benchmark's database only. No
-- identity is real: names are "Bench", the ID numbers' HMACs md5s of the row.
INSERT INTO info_body (code, territory_id, name_ar, name_fr, name_en, name_zgh, email)
SELECT 'BENCH-' || c.id, c.id, 'جماعة ' || c.id, 'Commune ' || c.id, 'Commune ' || c.id, 'ⵜⴰⵎⵙⵎⵓⵏⵜ ' || c.id,
       'info-' || c.id || '@bench.invalid'
FROM territory c
WHERE c.level = 'commune' AND NOT EXISTS (SELECT 1 FROM info_body b WHERE b.territory_id = c.id);

CREATE TEMP TABLE bench_body AS
SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM info_body WHERE code LIKE 'BENCH-%';
CREATE INDEX ON bench_body (n);

-- the words requests are about, so that a search finds some and not all
CREATE TEMP TABLE bench_topic (n INT, subject TEXT, answer TEXT);
INSERT INTO bench_topic VALUES
  (0, 'Budget de la commune et dépenses d''investissement', 'Le budget voté et les dépenses engagées sont joints.'),
  (1, 'Marchés publics de voirie attribués', 'La liste des marchés attribués et leurs montants est jointe.'),
  (2, 'Eau potable dans les douars', 'Le programme d''adduction d''eau potable et son calendrier sont joints.'),
  (3, 'Transport scolaire des filles rurales', 'Les circuits de transport scolaire et le nombre d''élèves sont joints.'),
  (4, 'Délibérations du conseil sur l''éclairage public', 'Les délibérations et le procès-verbal de la session sont joints.'),
  (5, 'ميزانية الجماعة ونفقات الاستثمار', 'الميزانية المصادق عليها والنفقات الملتزم بها مرفقة.'),
  (6, 'الصفقات العمومية للطرق', 'لائحة الصفقات الممنوحة ومبالغها مرفقة.'),
  (7, 'مشاريع إدماج النساء في التنمية المحلية', 'برنامج عمل الجماعة في مجال المساواة مرفق.');

DO $$
DECLARE
  bodies BIGINT := (SELECT count(*) FROM bench_body);
  batch INT;
BEGIN
  FOR batch IN 0 .. 49 LOOP
    INSERT INTO info_request (reference, body_id, channel, first_name, last_name, postal_address, national_id_hmac,
                              subject, description, language, format, status, received_on, due_on, answered_on,
                              answer_due_on, published_at, public_description, public_answer, created_at)
    SELECT 'DAI-BENCH-' || lpad(s::TEXT, 7, '0'), b.id, 'paper', 'Bench', 'Requester ' || s, 'Douar ' || s || ', commune',
           md5('dai/' || s), t.subject || ' (' || s || ')',
           'Je demande, en application de la loi 31-13, les documents suivants : ' || t.subject || '.',
           CASE WHEN t.n >= 5 THEN 'ar' ELSE 'fr' END, 'electronic',
           st.status, day, CASE WHEN st.status IN ('received', 'extended') THEN day + 28 END,
           CASE WHEN st.status IN ('answered', 'answered_part', 'refused') THEN day + 1 + s % 27 END,
           CASE WHEN st.status IN ('answered', 'answered_part', 'refused') THEN day + 28 END,
           CASE WHEN st.status IN ('answered', 'answered_part') AND s % 5 < 2 THEN (day + 30)::TIMESTAMPTZ END,
           CASE WHEN st.status IN ('answered', 'answered_part') AND s % 5 < 2 THEN t.subject END,
           CASE WHEN st.status IN ('answered', 'answered_part') AND s % 5 < 2 THEN t.answer END,
           day::TIMESTAMPTZ
    FROM generate_series(batch * 10000, batch * 10000 + 9999) AS s
    CROSS JOIN LATERAL (SELECT abs(hashtext('dai/' || s)) AS h) AS x
    JOIN bench_body b ON b.n = x.h % bodies
    JOIN bench_topic t ON t.n = (x.h >> 11) % 8
    CROSS JOIN LATERAL (SELECT (current_date - 730 + (x.h >> 4) % 700) AS day) AS d
    CROSS JOIN LATERAL (SELECT (ARRAY['answered', 'answered', 'answered', 'answered_part', 'refused', 'received',
                                       'extended', 'closed', 'not_held', 'withdrawn'])[1 + (x.h >> 7) % 10] AS status)
      AS st;
    COMMIT;
  END LOOP;
END $$;
ANALYZE info_request;
