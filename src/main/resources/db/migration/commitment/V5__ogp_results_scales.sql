-- The OGP Independent Reporting Mechanism's scale for what a commitment changed depends on
-- the action plan's year: "Did it open government?" (worsened ... outstanding) for plans
-- before the IRM refresh, the refreshed "early results" indicator (no notable, moderate,
-- significant, outstanding) for plans from 2021. Both are kept as data; a commitment is
-- assessed on the scale of its plan's first year.
CREATE TABLE ogp_results_scale (
  scale           TEXT PRIMARY KEY CHECK (scale IN ('did_it_open', 'early_results')),
  first_plan_year INT,
  last_plan_year  INT,
  levels          TEXT[] NOT NULL,
  source          TEXT NOT NULL,
  to_confirm      BOOLEAN NOT NULL DEFAULT TRUE
);
INSERT INTO ogp_results_scale (scale, first_plan_year, last_plan_year, levels, source, to_confirm) VALUES
  ('did_it_open', NULL, 2020, ARRAY['worsened', 'did_not_change', 'marginal', 'major', 'outstanding'],
   'OGP IRM, "Did it open government?" (action plans before the 2021 refresh)', FALSE),
  ('early_results', 2021, NULL, ARRAY['no_notable', 'moderate', 'significant', 'outstanding'],
   'OGP IRM refresh (2021): early results, assessed in the results report; labels to confirm', TRUE);

ALTER TABLE commitment DROP CONSTRAINT commitment_opened_government_check;
-- assessments of plans from 2021 recorded on the older scale move to the nearest level of
-- the refreshed one (worsened and no change: no notable result)
UPDATE commitment c SET opened_government = CASE c.opened_government
    WHEN 'worsened' THEN 'no_notable' WHEN 'did_not_change' THEN 'no_notable'
    WHEN 'marginal' THEN 'moderate' WHEN 'major' THEN 'significant' ELSE c.opened_government END
FROM commitment_plan p
WHERE p.id = c.plan_id AND extract(year FROM p.starts_on) >= 2021 AND c.opened_government IS NOT NULL;
ALTER TABLE commitment ADD CONSTRAINT commitment_opened_government_check CHECK (opened_government IN
  ('worsened', 'did_not_change', 'marginal', 'major', 'outstanding', 'no_notable', 'moderate', 'significant'));
