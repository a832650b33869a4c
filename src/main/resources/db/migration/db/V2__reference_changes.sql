-- Reference data that every node keeps in memory (ADR 0036): a change to one of its tables is
-- announced on the channel sawa_reference, with the table's name, when its transaction commits;
-- every node listens and drops its copy.
CREATE FUNCTION sawa_reference_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('sawa_reference', TG_TABLE_NAME);
  RETURN NULL;
END
$$;
