-- Each node keeps the populations it summed in memory (ADR 0036): any change to the figures is
-- announced, as the territories' are.
CREATE TRIGGER population_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON population
  FOR EACH STATEMENT EXECUTE FUNCTION sawa_reference_changed();
