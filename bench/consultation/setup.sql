-- The consultation benchmark's data, on top of the demo: 10,000 proposals and 50,000 comments in
-- the youth plan of Laâyoune-Sakia El Hamra (its consultation phase is open on the demo's today),
-- written by the demo's young residents, with counts kept on each proposal as the application
-- keeps them. Not measured.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE authors AS
  SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM person WHERE email LIKE 'youth%@sawa.demo';
INSERT INTO consultation_proposal (process_id, number, title, body, body_html, category, author_id, created_at,
  endorsements, comments)
SELECT p.id, 100 + g, 'Proposition de banc d’essai n° ' || g,
       'Une proposition écrite pour mesurer la page de la consultation, numéro ' || g || '.',
       '<p>Une proposition écrite pour mesurer la page de la consultation, numéro ' || g || '.</p>',
       (ARRAY['jobs','education','health','water','culture','inclusion'])[1 + g % 6],
       (SELECT id FROM authors WHERE n = g % (SELECT count(*) FROM authors)),
       now() - (g || ' seconds')::interval, g % 37, 5
FROM consultation_process p, generate_series(1, 10000) g WHERE p.code = 'JEUNESSE-LSH';
INSERT INTO consultation_comment (proposal_id, body, author_id, created_at)
SELECT pr.id, 'Commentaire de banc d’essai ' || c, pr.author_id, now()
FROM consultation_proposal pr
JOIN consultation_process p ON p.id = pr.process_id AND p.code = 'JEUNESSE-LSH'
CROSS JOIN generate_series(1, 5) c WHERE pr.number >= 100;
COMMIT;
ANALYZE consultation_proposal;
ANALYZE consultation_comment;
SELECT (SELECT count(*) FROM consultation_proposal) AS proposals, (SELECT count(*) FROM consultation_comment) AS comments;
