-- an annual report of a territory for a year: the recommendations its officers are writing
CREATE TABLE annual_report (
  id              BIGSERIAL PRIMARY KEY,
  territory_id    BIGINT      NOT NULL,
  year            INT         NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  recommendations JSONB       NOT NULL DEFAULT '{}',
  updated_by      BIGINT,
  updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (territory_id, year)
);

-- each generation: its progress while it runs, then the content (figures copied from the
-- modules, and the recommendations as they were) and the two PDFs; once published, frozen
CREATE TABLE annual_report_version (
  id            BIGSERIAL PRIMARY KEY,
  report_id     BIGINT      NOT NULL REFERENCES annual_report (id),
  number        INT         NOT NULL,
  state         TEXT        NOT NULL CHECK (state IN ('queued', 'running', 'ready', 'failed', 'interrupted')),
  step          TEXT        NOT NULL DEFAULT '',
  steps_done    INT         NOT NULL DEFAULT 0,
  steps_total   INT         NOT NULL,
  content       JSONB,
  pdf_ar        BYTEA,
  pdf_fr        BYTEA,
  requested_by  BIGINT      NOT NULL,
  requested_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  finished_at   TIMESTAMPTZ,
  published_by  BIGINT,
  published_at  TIMESTAMPTZ,
  UNIQUE (report_id, number),
  CHECK (state = 'ready' OR published_at IS NULL),
  CHECK (state <> 'ready' OR (content IS NOT NULL AND pdf_ar IS NOT NULL AND pdf_fr IS NOT NULL))
);
CREATE INDEX annual_report_version_published_idx ON annual_report_version (report_id, published_at);

-- a published version is what the territory said that year: nothing may change or remove it
CREATE FUNCTION annual_report_version_frozen() RETURNS trigger AS $$
BEGIN
  IF OLD.published_at IS NOT NULL THEN
    RAISE EXCEPTION 'annual report version % is published and frozen', OLD.id;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER annual_report_version_frozen BEFORE UPDATE OR DELETE ON annual_report_version
  FOR EACH ROW EXECUTE FUNCTION annual_report_version_frozen();
