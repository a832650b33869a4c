-- The inclusion module became two modules (issue 15, ADR 0019): the participation lens
-- (module lens, which took V1, participation_fact) and the indicator database (module
-- indicator, which took V2 to V6). Spring Modulith keeps one Flyway history per module
-- (flyway_schema_history_<module>); its scripts kept their names and contents, so on a
-- database built before the split their history moves with them and nothing runs twice.
-- Root migrations run before every module's, so the modules find their history in place.
-- On a new database there is no inclusion history and this does nothing.
DO $$
BEGIN
  IF to_regclass('flyway_schema_history_inclusion') IS NOT NULL THEN
    CREATE TABLE flyway_schema_history_lens (LIKE flyway_schema_history_inclusion INCLUDING ALL);
    INSERT INTO flyway_schema_history_lens
      SELECT * FROM flyway_schema_history_inclusion WHERE version IN ('0', '1');
    CREATE TABLE flyway_schema_history_indicator (LIKE flyway_schema_history_inclusion INCLUDING ALL);
    INSERT INTO flyway_schema_history_indicator
      SELECT * FROM flyway_schema_history_inclusion WHERE version IS NULL OR version <> '1';
    DROP TABLE flyway_schema_history_inclusion;
  END IF;
END $$;

-- Events still waiting for their listener name it by class: the participation counter is now
-- org.sawa.lens.ParticipationFacts, the import runner and its event live in org.sawa.indicator.
-- Without this, a participation published before the upgrade and not yet counted would find no
-- listener when the registry republishes it, and would never be counted.
UPDATE event_publication
   SET listener_id = replace(listener_id, 'org.sawa.inclusion.ParticipationFacts.', 'org.sawa.lens.ParticipationFacts.')
 WHERE completion_date IS NULL;
UPDATE event_publication
   SET listener_id = replace(listener_id, 'org.sawa.inclusion.', 'org.sawa.indicator.'),
       event_type  = replace(event_type, 'org.sawa.inclusion.', 'org.sawa.indicator.')
 WHERE completion_date IS NULL;
