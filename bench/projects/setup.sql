-- The region's projects multiplied: each of Béni Mellal-Khénifra's demo projects copied 20 times
-- (about a thousand projects, with their locations, organisations, money, milestones, figures,
-- results and texts), as a region with a full registry would have.
CREATE TEMP TABLE copies AS
SELECT p.id AS old_id, n, nextval('project_id_seq') AS new_id
FROM project p CROSS JOIN generate_series(1, 20) n
WHERE p.territory_id = (SELECT id FROM territory WHERE code = 'MA-05');

INSERT INTO project (id, identifier, territory_id, language, title, description, status, sector_code, programme,
  programme_name, gender_marker, planned_start, planned_end, actual_start, actual_end, place, reporting_ref,
  reporting_type, reporting_name, jobs_note, origin, created_at, updated_at)
SELECT c.new_id, left(p.identifier, 52) || '-C' || c.n, p.territory_id, p.language, p.title || ' (' || c.n || ')',
  p.description, p.status, p.sector_code, p.programme, p.programme_name, p.gender_marker, p.planned_start,
  p.planned_end, p.actual_start, p.actual_end, p.place, p.reporting_ref, p.reporting_type, p.reporting_name,
  p.jobs_note, '', p.created_at, p.updated_at
FROM copies c JOIN project p ON p.id = c.old_id;

INSERT INTO project_location SELECT c.new_id, l.territory_id FROM copies c JOIN project_location l ON l.project_id = c.old_id;
INSERT INTO project_org SELECT c.new_id, o.position, o.role, o.ref, o.type, o.name FROM copies c JOIN project_org o ON o.project_id = c.old_id;
INSERT INTO project_budget SELECT c.new_id, b.year, b.funder, b.amount FROM copies c JOIN project_budget b ON b.project_id = c.old_id;
INSERT INTO project_transaction SELECT c.new_id, t.position, t.type, t.day, t.amount, t.party, t.description
  FROM copies c JOIN project_transaction t ON t.project_id = c.old_id;
INSERT INTO project_milestone SELECT c.new_id, m.position, m.title, m.weight, m.due_on, m.done_on
  FROM copies c JOIN project_milestone m ON m.project_id = c.old_id;
INSERT INTO project_figure SELECT c.new_id, f.measure, f.stage, f.year, f.sex, f.age_band, f.disability, f.area,
  f.value, f.as_of, f.source FROM copies c JOIN project_figure f ON f.project_id = c.old_id;
INSERT INTO project_result SELECT c.new_id, r.position, r.type, r.title, r.indicator, r.measure, r.baseline_year,
  r.baseline_value, r.year, r.target_value, r.actual_value FROM copies c JOIN project_result r ON r.project_id = c.old_id;
INSERT INTO project_text (subject, subject_id, field, language, text, updated_by, updated_at)
SELECT t.subject, c.new_id, t.field, t.language, t.text, t.updated_by, t.updated_at
FROM copies c JOIN project_text t ON t.subject = 'project' AND t.subject_id = c.old_id;
ANALYZE;
