-- What the open requests' deadlines were last computed under (issue 23): the method's version,
-- the rules, the pause convention and the holidays, as one line (InfoDeadlines.basis). At start
-- the deadlines are computed again only when today's basis differs (a migration corrected a rule
-- or a holiday, or a new version computes differently): a national database's 100,000 open
-- requests were read at each start. One row.
CREATE TABLE info_deadline_basis (
  one         BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (one),
  basis       TEXT        NOT NULL,
  computed_at TIMESTAMPTZ NOT NULL
);
