-- Scheduled jobs run once per period across every application node (ADR 0035): a node runs a
-- job only after claiming its turn here, which it gets when no node has started it within the
-- period. Times are the database's clock, the one clock every node shares.
CREATE TABLE scheduled_job (
  name       TEXT PRIMARY KEY,
  started_at TIMESTAMP WITH TIME ZONE NOT NULL,
  node       TEXT NOT NULL,
  runs       BIGINT NOT NULL
);
