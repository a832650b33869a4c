-- Large data-value imports run in the background; the officer follows their progress on a page.
-- The import itself stays one all-or-nothing transaction; this row records how far it got and
-- its report (at most the first 1,000 problems, with their total).
CREATE TABLE data_import (
  id            UUID PRIMARY KEY,
  actor         TEXT        NOT NULL,
  file_name     TEXT        NOT NULL,
  size_bytes    BIGINT      NOT NULL,
  bytes_read    BIGINT      NOT NULL DEFAULT 0,
  rows_read     BIGINT      NOT NULL DEFAULT 0,
  state         TEXT        NOT NULL CHECK (state IN ('queued', 'running', 'applied', 'refused', 'interrupted')),
  inserted      BIGINT      NOT NULL DEFAULT 0,
  updated       BIGINT      NOT NULL DEFAULT 0,
  unchanged     BIGINT      NOT NULL DEFAULT 0,
  problem_count BIGINT      NOT NULL DEFAULT 0,
  problems      JSONB       NOT NULL DEFAULT '[]',
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  finished_at   TIMESTAMPTZ
);

CREATE INDEX data_import_actor ON data_import (actor, created_at DESC);
