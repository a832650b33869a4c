-- A large import's node writes a sign of life with its progress; a live node takes up an import
-- whose node has been silent longer than the lease (ADR 0035), or marks it interrupted when the
-- file is not in its spool.
ALTER TABLE data_import ADD COLUMN heartbeat_at TIMESTAMPTZ, ADD COLUMN node TEXT;
