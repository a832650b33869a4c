-- The league table's "overdue now" (issue 23) counted every open request past its due date on
-- each view: 100,000 open requests nationally, 0.2-0.7 s a page. Each body's open requests that
-- have a due date are now kept per year of receipt with its other figures, in the transaction
-- that changes them; overdue today is that number less the open requests due today or later,
-- which the open requests' index finds among the few due from today on (a deadline is weeks
-- away, never years), whatever the day.
ALTER TABLE info_body_figures ADD COLUMN open_due BIGINT NOT NULL DEFAULT 0;

CREATE OR REPLACE FUNCTION info_request_counted(r info_request, sign INT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  y INT := extract(YEAR FROM r.received_on)::INT;
BEGIN
  IF r.status NOT IN ('withdrawn', 'transferred') THEN
    INSERT INTO info_body_figures AS f (body_id, year, received, answered, in_time, refused, open_due)
    VALUES (r.body_id, y, sign, sign * (r.answered_on IS NOT NULL)::INT,
            sign * coalesce(r.answered_on <= r.answer_due_on, FALSE)::INT,
            sign * (r.status = 'refused' OR cardinality(r.refusal_grounds) > 0)::INT,
            sign * (r.status IN ('received', 'clarification', 'extended') AND r.due_on IS NOT NULL)::INT)
    ON CONFLICT (body_id, year) DO UPDATE SET received = f.received + excluded.received,
      answered = f.answered + excluded.answered, in_time = f.in_time + excluded.in_time,
      refused = f.refused + excluded.refused, open_due = f.open_due + excluded.open_due;
    IF r.answered_on IS NOT NULL THEN
      INSERT INTO info_body_answer_days AS d (body_id, year, days, n)
      VALUES (r.body_id, y, r.answered_on - r.received_on, sign)
      ON CONFLICT (body_id, year, days) DO UPDATE SET n = d.n + excluded.n;
    END IF;
  END IF;
  INSERT INTO info_body_refusal_grounds AS g (body_id, year, ground, n)
  SELECT r.body_id, y, ground, sign * count(*) FROM unnest(r.refusal_grounds) AS ground GROUP BY ground
  ON CONFLICT (body_id, year, ground) DO UPDATE SET n = g.n + excluded.n;
END $$;

-- a due date that only moves changes nothing kept (the deadlines computed again at a start move
-- 100,000 of them): only one that appears or goes does
CREATE OR REPLACE FUNCTION info_request_figures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.status, OLD.body_id, OLD.received_on, OLD.answered_on, OLD.answer_due_on,
                           OLD.refusal_grounds, OLD.due_on IS NULL)
     IS NOT DISTINCT FROM (NEW.status, NEW.body_id, NEW.received_on, NEW.answered_on, NEW.answer_due_on,
                           NEW.refusal_grounds, NEW.due_on IS NULL) THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM info_request_counted(OLD, -1);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM info_request_counted(NEW, 1);
  END IF;
  RETURN NULL;
END $$;

-- the requests open so far (each has its row: it was received)
UPDATE info_body_figures f SET open_due = c.n
FROM (SELECT body_id, extract(YEAR FROM received_on)::INT AS year, count(*) AS n FROM info_request
      WHERE status IN ('received', 'clarification', 'extended') AND due_on IS NOT NULL
      GROUP BY 1, 2) c
WHERE f.body_id = c.body_id AND f.year = c.year;
