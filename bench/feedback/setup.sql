-- The feedback benchmark's data, on top of the demo: 100,000 reports over 18 months in the
-- communes of Béni Mellal-Khénifra, sent to the commune's council, most acknowledged and answered,
-- a part closed and rated, with one step each; what the statistics page and the API read. Not
-- measured.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE communes AS
  SELECT row_number() OVER (ORDER BY t.id) - 1 AS n, t.id AS territory_id, b.id AS body_id
  FROM territory t JOIN info_body b ON b.territory_id = t.id AND b.parent_id IS NULL
  WHERE t.level = 'commune' AND t.path LIKE (SELECT path FROM territory WHERE code = 'MA-05') || '%';
CREATE TEMP TABLE kinds AS
  SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM feedback_category WHERE competence <> 'none';
INSERT INTO feedback_report (number, category_id, territory_id, body_id, place, description, language, channel,
  contact_phone, status, outcome, received_on, routed_on, acknowledge_due_on, answer_due_on, acknowledged_on,
  answered_on, closed_on, satisfied, created_at, updated_at)
SELECT 'B-' || g, k.id, c.territory_id, c.body_id, 'Lieu ' || g,
       'Signalement de banc d’essai numéro ' || g || ', pour mesurer les pages.', 'fr',
       (ARRAY['online','phone','paper','counter'])[1 + g % 4], '0600000000',
       CASE WHEN g % 10 < 6 THEN 'closed' WHEN g % 10 < 8 THEN 'answered' ELSE 'received' END,
       CASE WHEN g % 10 < 6 THEN (CASE WHEN g % 3 = 0 THEN 'not_resolved' ELSE 'resolved' END) END,
       d, d, d + 4, d + 28,
       CASE WHEN g % 10 < 8 THEN d + (g % 6) END,
       CASE WHEN g % 10 < 8 THEN d + (g % 40) END,
       CASE WHEN g % 10 < 6 THEN d + (g % 40) + 2 END,
       CASE WHEN g % 10 < 6 AND g % 2 = 0 THEN g % 4 <> 0 END,
       d::timestamptz, d::timestamptz
FROM generate_series(1, 100000) g
CROSS JOIN LATERAL (SELECT current_date - (g % 540) AS d) day
JOIN communes c ON c.n = g % (SELECT count(*) FROM communes)
JOIN kinds k ON k.n = g % (SELECT count(*) FROM kinds);
INSERT INTO feedback_step (report_id, kind, on_day, actor, note, at)
SELECT id, 'received', received_on, 'person:0', '', created_at FROM feedback_report WHERE number LIKE 'B-%';
COMMIT;
ANALYZE feedback_report;
ANALYZE feedback_step;
