-- A generation's signs of life (ADR 0035): the node at work writes the time of its last step; a
-- running generation silent for longer than the lease belongs to a node that stopped, and a live
-- node takes it up. Times are the database's clock, the one every node shares.
ALTER TABLE annual_report_version ADD COLUMN heartbeat_at TIMESTAMPTZ, ADD COLUMN node TEXT;
