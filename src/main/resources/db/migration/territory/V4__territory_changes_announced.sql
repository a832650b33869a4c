-- Every node keeps the territories in memory (ADR 0036): any change to them is announced.
CREATE TRIGGER territory_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON territory
  FOR EACH STATEMENT EXECUTE FUNCTION sawa_reference_changed();
