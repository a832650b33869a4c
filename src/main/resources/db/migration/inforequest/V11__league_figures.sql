-- The league table of bodies (issue 23): reading every request of a national table on each view
-- (500,000 requests: a second) is replaced by figures kept per body and year of receipt as each
-- request changes, in the same transaction: how many were received, answered, answered in time
-- and refused (requests withdrawn or transferred left out), the days each answer took (the
-- median is read from them exactly), and the refusals by ground (every request). What depends on
-- the day (overdue) is read from the open requests only, through their own index.
CREATE TABLE info_body_figures (
  body_id  BIGINT NOT NULL REFERENCES info_body (id) ON DELETE CASCADE,
  year     INT NOT NULL,
  received BIGINT NOT NULL,
  answered BIGINT NOT NULL,
  in_time  BIGINT NOT NULL,
  refused  BIGINT NOT NULL,
  PRIMARY KEY (body_id, year)
);

CREATE TABLE info_body_answer_days (
  body_id BIGINT NOT NULL REFERENCES info_body (id) ON DELETE CASCADE,
  year    INT NOT NULL,
  days    INT NOT NULL,
  n       BIGINT NOT NULL,
  PRIMARY KEY (body_id, year, days)
);

CREATE TABLE info_body_refusal_grounds (
  body_id BIGINT NOT NULL REFERENCES info_body (id) ON DELETE CASCADE,
  year    INT NOT NULL,
  ground  TEXT NOT NULL,
  n       BIGINT NOT NULL,
  PRIMARY KEY (body_id, year, ground)
);

CREATE INDEX info_request_open_due_idx ON info_request (due_on, body_id)
  WHERE status IN ('received', 'clarification', 'extended');

-- one request's part in the figures, added (sign 1) or taken back (sign -1)
CREATE FUNCTION info_request_counted(r info_request, sign INT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  y INT := extract(YEAR FROM r.received_on)::INT;
BEGIN
  IF r.status NOT IN ('withdrawn', 'transferred') THEN
    INSERT INTO info_body_figures AS f (body_id, year, received, answered, in_time, refused)
    VALUES (r.body_id, y, sign, sign * (r.answered_on IS NOT NULL)::INT,
            sign * coalesce(r.answered_on <= r.answer_due_on, FALSE)::INT,
            sign * (r.status = 'refused' OR cardinality(r.refusal_grounds) > 0)::INT)
    ON CONFLICT (body_id, year) DO UPDATE SET received = f.received + excluded.received,
      answered = f.answered + excluded.answered, in_time = f.in_time + excluded.in_time,
      refused = f.refused + excluded.refused;
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

CREATE FUNCTION info_request_figures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.status, OLD.body_id, OLD.received_on, OLD.answered_on, OLD.answer_due_on,
                           OLD.refusal_grounds)
     IS NOT DISTINCT FROM (NEW.status, NEW.body_id, NEW.received_on, NEW.answered_on, NEW.answer_due_on,
                           NEW.refusal_grounds) THEN
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

CREATE TRIGGER info_request_figures AFTER INSERT OR UPDATE OR DELETE ON info_request
  FOR EACH ROW EXECUTE FUNCTION info_request_figures();

-- the requests so far
INSERT INTO info_body_figures (body_id, year, received, answered, in_time, refused)
SELECT body_id, extract(YEAR FROM received_on)::INT, count(*), count(answered_on),
       count(*) FILTER (WHERE answered_on <= answer_due_on),
       count(*) FILTER (WHERE status = 'refused' OR cardinality(refusal_grounds) > 0)
FROM info_request WHERE status NOT IN ('withdrawn', 'transferred')
GROUP BY 1, 2;

INSERT INTO info_body_answer_days (body_id, year, days, n)
SELECT body_id, extract(YEAR FROM received_on)::INT, answered_on - received_on, count(*)
FROM info_request WHERE status NOT IN ('withdrawn', 'transferred') AND answered_on IS NOT NULL
GROUP BY 1, 2, 3;

INSERT INTO info_body_refusal_grounds (body_id, year, ground, n)
SELECT body_id, extract(YEAR FROM received_on)::INT, ground, count(*)
FROM info_request, unnest(refusal_grounds) AS ground
GROUP BY 1, 2, 3;
