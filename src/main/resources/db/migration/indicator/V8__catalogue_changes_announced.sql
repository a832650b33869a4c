-- Every node keeps the indicators and the dimensions with their options in memory (ADR 0036,
-- addendum of 2026-12-04): any change to them is announced, as the territories' are.
CREATE TRIGGER indicator_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator
  FOR EACH STATEMENT EXECUTE FUNCTION sawa_reference_changed();
CREATE TRIGGER indicator_dimension_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator_dimension
  FOR EACH STATEMENT EXECUTE FUNCTION sawa_reference_changed();
CREATE TRIGGER dimension_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dimension
  FOR EACH STATEMENT EXECUTE FUNCTION sawa_reference_changed();
CREATE TRIGGER dimension_option_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dimension_option
  FOR EACH STATEMENT EXECUTE FUNCTION sawa_reference_changed();
