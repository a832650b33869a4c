-- A territory's dashboard as an officer composes it: which indicators, in which order, the
-- threshold below which a group is flagged as under-represented, and whether it is public.
-- Territories below one without a dashboard of their own use the nearest one above.
CREATE TABLE dashboard (
  territory_id BIGINT      PRIMARY KEY,
  threshold    NUMERIC     NOT NULL DEFAULT 0.8 CHECK (threshold > 0 AND threshold <= 1),
  published    BOOLEAN     NOT NULL DEFAULT FALSE,
  updated_by   TEXT        NOT NULL,
  updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE dashboard_tile (
  territory_id   BIGINT NOT NULL REFERENCES dashboard (territory_id) ON DELETE CASCADE,
  indicator_code TEXT   NOT NULL REFERENCES indicator (code),
  position       INT    NOT NULL,
  PRIMARY KEY (territory_id, indicator_code)
);
